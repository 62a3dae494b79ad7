-- The models of the vendor price lists, for matching usage models to them.
SELECT DISTINCT vendor, model_id, name
FROM usage_vendor_prices
ORDER BY vendor, model_id;
