-- spend, impressions and clicks by campaign over the last 7 days of the ad group report
SELECT c.campaign_name, SUM(r.spend) AS spend, SUM(r.impressions) AS impressions, SUM(r.clicks) AS clicks
FROM tiktok_adgroup_daily r
JOIN tiktok_adgroups g ON g.adgroup_id = r.adgroup_id
JOIN tiktok_campaigns c ON c.campaign_id = g.campaign_id
WHERE r.stat_time_day > CURRENT_DATE - 7
GROUP BY c.campaign_name
ORDER BY spend DESC, c.campaign_name
