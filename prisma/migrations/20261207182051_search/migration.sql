-- Search (lib/search/): PostgreSQL full-text search in Dutch and English with accents folded, and trigrams for names.
-- Both extensions ship with PostgreSQL's contrib, which the embedded cluster includes.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- Two configurations: the language's stemmer after unaccent, so "café" and "cafe", "coöperatie" and "cooperatie" meet.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'hearth_en') THEN
    CREATE TEXT SEARCH CONFIGURATION hearth_en (COPY = english);
    ALTER TEXT SEARCH CONFIGURATION hearth_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'hearth_nl') THEN
    CREATE TEXT SEARCH CONFIGURATION hearth_nl (COPY = dutch);
    ALTER TEXT SEARCH CONFIGURATION hearth_nl ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
  END IF;
END $$;

-- Content has no language of its own: every text is stemmed both ways, with a weight (A titles, B bodies, C tags).
CREATE OR REPLACE FUNCTION hearth_tsv(body text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('hearth_en'::regconfig, coalesce(body, '')), weight)
        || setweight(to_tsvector('hearth_nl'::regconfig, coalesce(body, '')), weight)
  $$;

-- Each searchable table carries a vector that a trigger sets in the same statement as its text: the index is never
-- behind and nothing has to be rebuilt. The triggers fire only when a searched column changes (not on counters).

ALTER TABLE "Post" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_Post"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."body", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "Post_search" BEFORE INSERT OR UPDATE OF "body" ON "Post"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_Post"();
UPDATE "Post" SET "searchVector" = hearth_tsv("body", 'B');

ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_Comment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."body", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "Comment_search" BEFORE INSERT OR UPDATE OF "body" ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_Comment"();
UPDATE "Comment" SET "searchVector" = hearth_tsv("body", 'B');

ALTER TABLE "Answer" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_Answer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."body", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "Answer_search" BEFORE INSERT OR UPDATE OF "body" ON "Answer"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_Answer"();
UPDATE "Answer" SET "searchVector" = hearth_tsv("body", 'B');

ALTER TABLE "Question" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_Question"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."title", 'A') || hearth_tsv(NEW."body", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "Question_search" BEFORE INSERT OR UPDATE OF "title", "body" ON "Question"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_Question"();
UPDATE "Question" SET "searchVector" = hearth_tsv("title", 'A') || hearth_tsv("body", 'B');

ALTER TABLE "ActionItem" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_ActionItem"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."title", 'A') || hearth_tsv(NEW."description", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "ActionItem_search" BEFORE INSERT OR UPDATE OF "title", "description" ON "ActionItem"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_ActionItem"();
UPDATE "ActionItem" SET "searchVector" = hearth_tsv("title", 'A') || hearth_tsv("description", 'B');

ALTER TABLE "Community" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_Community"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."name", 'A') || hearth_tsv(NEW."purposeGoal", 'B') || hearth_tsv(NEW."description", 'B') || hearth_tsv(NEW."category", 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER "Community_search" BEFORE INSERT OR UPDATE OF "name", "purposeGoal", "description", "category" ON "Community"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_Community"();
UPDATE "Community" SET "searchVector" = hearth_tsv("name", 'A') || hearth_tsv("purposeGoal", 'B') || hearth_tsv("description", 'B') || hearth_tsv("category", 'C');

ALTER TABLE "LiveShow" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_LiveShow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."title", 'A') || hearth_tsv(NEW."description", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "LiveShow_search" BEFORE INSERT OR UPDATE OF "title", "description" ON "LiveShow"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_LiveShow"();
UPDATE "LiveShow" SET "searchVector" = hearth_tsv("title", 'A') || hearth_tsv("description", 'B');

ALTER TABLE "Challenge" ADD COLUMN "searchVector" tsvector;
CREATE OR REPLACE FUNCTION "hearth_search_Challenge"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := hearth_tsv(NEW."title", 'A') || hearth_tsv(NEW."rules", 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "Challenge_search" BEFORE INSERT OR UPDATE OF "title", "rules" ON "Challenge"
  FOR EACH ROW EXECUTE FUNCTION "hearth_search_Challenge"();
UPDATE "Challenge" SET "searchVector" = hearth_tsv("title", 'A') || hearth_tsv("rules", 'B');

-- CreateIndex
CREATE INDEX "ActionItem_searchVector_idx" ON "ActionItem" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Answer_searchVector_idx" ON "Answer" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Challenge_searchVector_idx" ON "Challenge" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Community_searchVector_idx" ON "Community" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "LiveShow_searchVector_idx" ON "LiveShow" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_handle_trgm_idx" ON "User" USING GIN ("handle" gin_trgm_ops);
