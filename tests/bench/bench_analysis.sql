-- SPDX-License-Identifier: GPL-3.0-or-later
-- The reference queries bench_analysis runs in the sqlite3 shell beside Situate's own
-- analysis, each the closest plain-SQL equivalent. One query per "-- name:" block; :code is
-- replaced by the benchmark with the id of the code it retrieves.

-- name: codes x cases (codings)
SELECT c.code_id, dc.case_id, count(*) FROM codings c
JOIN document_cases dc ON dc.document_id = c.document_id
GROUP BY c.code_id, dc.case_id;

-- name: codes x questions (codings)
SELECT c.code_id, cq.question_id, count(*) FROM codings c
JOIN code_questions cq ON cq.code_id = c.code_id
GROUP BY c.code_id, cq.question_id;

-- name: extracts of one code
SELECT c.uuid, d.name, c.start, c.end, substr(d.text, c.start + 1, c.end - c.start), c.memo,
       c.created
FROM codings c JOIN documents d ON d.id = c.document_id
WHERE c.code_id = :code
ORDER BY d.sort_order, d.name, c.start, c.end, c.id;

-- name: full extracts export
SELECT c.uuid, d.name, (SELECT group_concat(k.name, ';') FROM document_cases dc
                        JOIN cases k ON k.id = dc.case_id WHERE dc.document_id = d.id),
       c.start, c.end, substr(d.text, c.start + 1, c.end - c.start), c.memo, c.created
FROM codings c JOIN documents d ON d.id = c.document_id
ORDER BY d.sort_order, d.name, c.start, c.end, c.id;

-- name: read codings (6 columns)
SELECT sum(id + document_id + code_id + coder_id + start + end) FROM codings;
