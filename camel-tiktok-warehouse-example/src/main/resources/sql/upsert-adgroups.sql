INSERT INTO tiktok_adgroups (advertiser_id, adgroup_id, campaign_id, adgroup_name, secondary_status, budget, bid_price)
SELECT g.advertiser_id, g.adgroup_id, g.campaign_id, g.adgroup_name, g.secondary_status, g.budget, g.bid_price
FROM jsonb_to_recordset(CAST(:#${header.TikTokRows} AS jsonb)) AS g(advertiser_id text, adgroup_id text,
    campaign_id text, adgroup_name text, secondary_status text, budget numeric, bid_price numeric)
ON CONFLICT (adgroup_id) DO UPDATE SET
    advertiser_id = EXCLUDED.advertiser_id, campaign_id = EXCLUDED.campaign_id, adgroup_name = EXCLUDED.adgroup_name,
    secondary_status = EXCLUDED.secondary_status, budget = EXCLUDED.budget, bid_price = EXCLUDED.bid_price,
    loaded_at = now()
