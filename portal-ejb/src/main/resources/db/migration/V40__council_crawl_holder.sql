-- The node that holds the council crawl's lease (council.entity.CouncilCrawl): only it renews the lease, gives it
-- back when it stops, or records the run's end; a node whose lease ran out stops instead of crawling beside another.
ALTER TABLE council_crawl ADD COLUMN lease_holder VARCHAR(100) NULL AFTER lease_until;
