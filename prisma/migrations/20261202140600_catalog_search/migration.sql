-- CreateIndex
CREATE INDEX "Product_category_name_id_idx" ON "Product"("category", "name", "id");

-- Search (lib/catalog/search-sql.ts), written by hand: Prisma's schema cannot describe it.
-- The embedded database (PGlite) loads both extensions too (scripts/embedded-db/server.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Spanish stemming with accents dropped first, so "cafe" finds "Café" and "artesania" finds
-- "artesanía". A text search configuration named in the call keeps to_tsvector immutable, which
-- an index expression requires.
CREATE TEXT SEARCH CONFIGURATION "catalog_es" (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION "catalog_es"
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;

-- What full-text search reads of a product: the name weighs most, then the category, then the
-- description. The query calls the same function, so the planner matches it to the index.
CREATE FUNCTION "product_document"(name text, category text, description text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('public.catalog_es'::regconfig, name), 'A')
        || setweight(to_tsvector('public.catalog_es'::regconfig, category), 'B')
        || setweight(to_tsvector('public.catalog_es'::regconfig, description), 'C')
  $$;

-- Lower case without accents, for the typo-tolerant fallback's trigrams. unaccent() itself is
-- only STABLE (its dictionary could change); naming the dictionary makes the result fixed.
CREATE FUNCTION "search_fold"(value text)
  RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
  $$;

CREATE INDEX "Product_document_idx" ON "Product"
  USING gin ("product_document"("name", "category", "description"));

CREATE INDEX "Product_name_trgm_idx" ON "Product"
  USING gin ("search_fold"("name") gin_trgm_ops);
