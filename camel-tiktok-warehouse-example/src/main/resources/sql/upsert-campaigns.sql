INSERT INTO tiktok_campaigns (advertiser_id, campaign_id, campaign_name, operation_status, secondary_status,
                              objective_type, budget_mode, budget, create_time, modify_time)
SELECT c.advertiser_id, c.campaign_id, c.campaign_name, c.operation_status, c.secondary_status, c.objective_type,
       c.budget_mode, c.budget, c.create_time, c.modify_time
FROM jsonb_to_recordset(CAST(:#${header.TikTokRows} AS jsonb)) AS c(advertiser_id text, campaign_id text,
    campaign_name text, operation_status text, secondary_status text, objective_type text, budget_mode text,
    budget numeric, create_time timestamp, modify_time timestamp)
ON CONFLICT (campaign_id) DO UPDATE SET
    advertiser_id = EXCLUDED.advertiser_id, campaign_name = EXCLUDED.campaign_name,
    operation_status = EXCLUDED.operation_status, secondary_status = EXCLUDED.secondary_status,
    objective_type = EXCLUDED.objective_type, budget_mode = EXCLUDED.budget_mode, budget = EXCLUDED.budget,
    create_time = EXCLUDED.create_time, modify_time = EXCLUDED.modify_time, loaded_at = now()
