-- Rate-limit counters are a cache: losing them in a crash is harmless, and skipping WAL removes a
-- disk flush from every API request (each request bumps its IP's counter).
ALTER TABLE "rate_limits" SET UNLOGGED;
