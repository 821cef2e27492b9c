-- TikTok's report and entity tables, keyed as TikTok keys them: a re-read day overwrites its rows.
-- Money numeric, counts bigint, ids text, days date.

CREATE TABLE tiktok_adgroup_daily (
    advertiser_id       text    NOT NULL,
    adgroup_id          text    NOT NULL,
    stat_time_day       date    NOT NULL,
    spend               numeric,
    impressions         bigint,
    clicks              bigint,
    ctr                 numeric,
    cpc                 numeric,
    cpm                 numeric,
    conversion          bigint,
    cost_per_conversion numeric,
    loaded_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (advertiser_id, adgroup_id, stat_time_day)
);

CREATE TABLE tiktok_campaigns (
    advertiser_id    text NOT NULL,
    campaign_id      text PRIMARY KEY,
    campaign_name    text,
    operation_status text,
    secondary_status text,
    objective_type   text,
    budget_mode      text,
    budget           numeric,
    create_time      timestamp,
    modify_time      timestamp,
    loaded_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tiktok_adgroups (
    advertiser_id    text NOT NULL,
    adgroup_id       text PRIMARY KEY,
    campaign_id      text NOT NULL,
    adgroup_name     text,
    secondary_status text,
    budget           numeric,
    bid_price        numeric,
    loaded_at        timestamptz NOT NULL DEFAULT now()
);

-- What each delivered window's reconciliation said, per day and metric (CamelTikTokReportReconciliation).
CREATE TABLE tiktok_reconciliation (
    advertiser_id text    NOT NULL,
    day           text    NOT NULL,
    metric        text    NOT NULL,
    delivered     numeric,
    tiktok        numeric,
    equal         boolean NOT NULL,
    checked_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (advertiser_id, day, metric)
);
