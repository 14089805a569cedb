-- Possible duplicates (查重): the cost of the lateral similarity query, with and without a GIN
-- trigram index (README "Duplicates"). Run in a scratch database whose LC_CTYPE is UTF-8:
--   createdb -T template0 --lc-ctype=C.UTF-8 --lc-collate=C dup_bench && psql -d dup_bench -f bench/duplicates.sql
-- A plain table with the columns the query reads (not the hub's schema): 203,000 requests.
create extension if not exists pg_trgm;
drop table if exists bi;
create table bi (id serial primary key, enterprise_uscc varchar(18) not null, title varchar(200) not null, description text not null, submitted_at timestamptz not null, status text not null default 'SUBMITTED', split_from_id int null);
-- 200k requests: 2,000 enterprises over two years (about 8 per enterprise per 30 days), Chinese text from a vocabulary
with words as (select array['园区','道路','照明','不足','停车','发票','开具','证书','失效','电动车','盗窃','巡逻','营业执照','变更','进度','工资','拖欠','纠纷','调解','检查','频繁','统筹','安排','员工','夜间','下班','通行','不便','影响','正常','希望','加强','处理','办理','咨询','企业','厂区','附近','多次','发生'] w)
insert into bi (enterprise_uscc, title, description, submitted_at)
select lpad((g % 2000)::text, 18, '0'),
       (select string_agg(w[1 + floor(random()*40)::int], '') from words, generate_series(1, 4) x where g > 0),
       (select string_agg(w[1 + floor(random()*40)::int], '') from words, generate_series(1, 20) x where g > 0) || '。',
       timestamptz '2026-03-01' - (random() * interval '730 days')
from generate_series(1, 200000) g;
-- one heavy enterprise: 3,000 requests in the last 30 days
with words as (select array['园区','道路','照明','不足','停车','发票','开具','证书','失效','电动车','盗窃','巡逻','营业执照','变更','进度','工资','拖欠','纠纷','调解','检查','频繁','统筹','安排','员工','夜间','下班','通行','不便','影响','正常','希望','加强','处理','办理','咨询','企业','厂区','附近','多次','发生'] w)
insert into bi (enterprise_uscc, title, description, submitted_at)
select 'HEAVY', (select string_agg(w[1 + floor(random()*40)::int], '') from words, generate_series(1, 4) x where g > 0),
       (select string_agg(w[1 + floor(random()*40)::int], '') from words, generate_series(1, 20) x where g > 0) || '。',
       timestamptz '2026-03-01' - (random() * interval '30 days')
from generate_series(1, 3000) g;
create index on bi (enterprise_uscc);
analyze bi;
-- a page of 20 ordinary requests, and a page of 20 of the heavy enterprise
select array_agg(id)::text as ordinary from (select id from bi where enterprise_uscc <> 'HEAVY' order by id desc limit 20) x \gset
select array_agg(id)::text as heavy from (select id from bi where enterprise_uscc = 'HEAVY' order by submitted_at desc limit 20) x \gset
\timing on
-- 1. as the hub runs it: each request against the 200 most recent of its enterprise's 30 days
prepare capped(int[]) as
select s.id as dup_source_id, d.id, d.dup_score
from bi s
cross join lateral (
  select c.*, similarity(c.title || ' ' || c.description, s.title || ' ' || s.description) as dup_score
  from (select c.* from bi c
        where c.enterprise_uscc = s.enterprise_uscc and c.id <> s.id
          and c.submitted_at <= s.submitted_at and c.submitted_at > s.submitted_at - make_interval(days => 30)
          and c.status <> 'MERGED'
          and c.split_from_id is distinct from s.id and s.split_from_id is distinct from c.id
        order by c.submitted_at desc limit 200) c
  where similarity(c.title || ' ' || c.description, s.title || ' ' || s.description) >= 0.2
  order by dup_score desc, c.id desc limit 5) d
where s.id = any($1);
-- a page of 20 ordinary requests
execute capped(:'ordinary');
execute capped(:'ordinary');
-- a page of 20 of the heavy enterprise (3,000 requests in 30 days)
execute capped(:'heavy');
execute capped(:'heavy');
-- 2. uncapped: the heavy enterprise's page is what the cap is for
prepare uncapped(int[]) as
select s.id as dup_source_id, d.id, d.dup_score
from bi s
cross join lateral (
  select c.*, similarity(c.title || ' ' || c.description, s.title || ' ' || s.description) as dup_score
  from bi c
  where c.enterprise_uscc = s.enterprise_uscc and c.id <> s.id
    and c.submitted_at <= s.submitted_at and c.submitted_at > s.submitted_at - make_interval(days => 30)
    and c.status <> 'MERGED'
    and c.split_from_id is distinct from s.id and s.split_from_id is distinct from c.id
    and similarity(c.title || ' ' || c.description, s.title || ' ' || s.description) >= 0.2
  order by dup_score desc, c.id desc limit 5) d
where s.id = any($1);
-- a page of 20 ordinary requests
execute uncapped(:'ordinary');
execute uncapped(:'ordinary');
-- a page of 20 of the heavy enterprise (3,000 requests in 30 days)
execute uncapped(:'heavy');
execute uncapped(:'heavy');
-- 3. a GIN trigram index and the % operator (the only way pg_trgm uses the index)
create index bi_trgm on bi using gin ((title || ' ' || description) gin_trgm_ops);
set pg_trgm.similarity_threshold = 0.2;
prepare gin(int[]) as
select s.id as dup_source_id, d.id, d.dup_score
from bi s
cross join lateral (
  select c.*, similarity(c.title || ' ' || c.description, s.title || ' ' || s.description) as dup_score
  from bi c
  where c.enterprise_uscc = s.enterprise_uscc and c.id <> s.id
    and c.submitted_at <= s.submitted_at and c.submitted_at > s.submitted_at - make_interval(days => 30)
    and c.status <> 'MERGED'
    and c.split_from_id is distinct from s.id and s.split_from_id is distinct from c.id
    and (c.title || ' ' || c.description) % (s.title || ' ' || s.description)
  order by dup_score desc, c.id desc limit 5) d
where s.id = any($1);
-- a page of 20 ordinary requests
execute gin(:'ordinary');
execute gin(:'ordinary');
-- a page of 20 of the heavy enterprise (3,000 requests in 30 days)
execute gin(:'heavy');
execute gin(:'heavy');
