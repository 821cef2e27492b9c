WITH report AS (
    INSERT INTO tiktok_adgroup_daily (advertiser_id, adgroup_id, stat_time_day, spend, impressions, clicks, ctr, cpc,
                                      cpm, conversion, cost_per_conversion)
    SELECT COALESCE(r.advertiser_id, :#${header.CamelTikTokReportAdvertiserId}), r.adgroup_id, r.stat_time_day,
           r.spend, r.impressions, r.clicks, r.ctr, r.cpc, r.cpm, r.conversion, r.cost_per_conversion
    FROM jsonb_to_recordset(CAST(:#${header.TikTokRows} AS jsonb)) AS r(advertiser_id text, adgroup_id text,
        stat_time_day date, spend numeric, impressions bigint, clicks bigint, ctr numeric, cpc numeric, cpm numeric,
        conversion bigint, cost_per_conversion numeric)
    ON CONFLICT (advertiser_id, adgroup_id, stat_time_day) DO UPDATE SET
        spend = EXCLUDED.spend, impressions = EXCLUDED.impressions, clicks = EXCLUDED.clicks, ctr = EXCLUDED.ctr,
        cpc = EXCLUDED.cpc, cpm = EXCLUDED.cpm, conversion = EXCLUDED.conversion,
        cost_per_conversion = EXCLUDED.cost_per_conversion, loaded_at = now()
    RETURNING 1
), audit AS (
    INSERT INTO tiktok_reconciliation (advertiser_id, day, metric, delivered, tiktok, equal)
    SELECT a.advertiser_id, a.day, a.metric, a.delivered, a.tiktok, a.equal
    FROM jsonb_to_recordset(CAST(:#${header.TikTokReconciliation} AS jsonb)) AS a(advertiser_id text, day text,
        metric text, delivered numeric, tiktok numeric, equal boolean)
    ON CONFLICT (advertiser_id, day, metric) DO UPDATE SET
        delivered = EXCLUDED.delivered, tiktok = EXCLUDED.tiktok, equal = EXCLUDED.equal, checked_at = now()
    RETURNING 1
)
SELECT (SELECT count(*) FROM report) AS report_rows, (SELECT count(*) FROM audit) AS reconciled_figures
