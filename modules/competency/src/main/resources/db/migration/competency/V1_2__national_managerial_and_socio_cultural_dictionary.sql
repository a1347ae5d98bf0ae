-- The national managerial (M.01-M.08) and socio-cultural (S.01) competencies of PermenPAN-RB 38/2017.
-- Level texts are English one-line summaries from a secondary transcription, NOT the regulation's wording:
-- official_text is false and the Indonesian descriptions, definitions and behavioural indicators are left
-- empty until the official text is entered. The code S.01 is common usage, not confirmed in the regulation.

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (1, NULL, 'M.01', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (1, 1, 1, 'Integritas', 'Integrity', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (1, 1, 'acts in line with values, norms and ethics in a personal capacity');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (1, 2, 'reminds and invites colleagues to act by those values');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (1, 3, 'ensures and instils shared belief in those values among the people led, in the formal scope');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (1, 4, 'creates a work situation that drives compliance with values, norms and ethics');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (1, 5, 'is a role model for fairness and ethics at national level');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (2, NULL, 'M.02', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (2, 2, 1, 'Kerjasama', 'Cooperation', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (2, 1, 'takes part in a work group');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (2, 2, 'grows a participative, effective team');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (2, 3, 'builds effective teams for organisational performance');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (2, 4, 'builds team commitment and synergy');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (2, 5, 'creates consistent cooperation inside and outside the agency');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (3, NULL, 'M.03', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (3, 3, 1, 'Komunikasi', 'Communication', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (3, 1, 'conveys information clearly, completely, with shared understanding');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (3, 2, 'communicates actively, formally and informally; listens; drafts presentations and reports');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (3, 3, 'communicates assertively; handles sensitive or complex information');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (3, 4, 'communicates multidimensional ideas to drive agreement');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (3, 5, 'designs an open strategic communication system');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (4, NULL, 'M.04', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (4, 4, 1, 'Orientasi pada Hasil', 'Results orientation', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (4, 1, 'is responsible for meeting work standards');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (4, 2, 'raises own results above the standard');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (4, 3, 'sets challenging unit targets; praises and reprimands');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (4, 4, 'drives units to meet or exceed targets');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (4, 5, 'raises the quality of organisational achievement (national priorities)');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (5, NULL, 'M.05', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (5, 5, 1, 'Pelayanan Publik', 'Public service', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (5, 1, 'works to service standards');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (5, 2, 'supervises and explains service processes transparently');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (5, 3, 'uses group dynamics; improves the unit''s service standards');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (5, 4, 'monitors and anticipates long-term issues and political forces');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (5, 5, 'ensures policies that guarantee objective, neutral, non-discriminatory service');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (6, NULL, 'M.06', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (6, 6, 1, 'Pengembangan Diri dan Orang Lain', 'Developing self and others', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (6, 1, 'develops self');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (6, 2, 'develops subordinates by example and explanation');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (6, 3, 'gives feedback and guidance (membimbing)');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (6, 4, 'runs long-term development programmes; manages learning');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (6, 5, 'creates a continuous-learning organisation');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (7, NULL, 'M.07', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (7, 7, 1, 'Mengelola Perubahan', 'Managing change', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (7, 1, 'follows change');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (7, 2, 'adapts to change proactively');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (7, 3, 'helps others follow change; anticipates it');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (7, 4, 'leads change in the unit');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (7, 5, 'mobilises stakeholders for sustained change (agency or national)');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (8, NULL, 'M.08', 'MANAGERIAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (8, 8, 1, 'Pengambilan Keputusan', 'Decision making', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (8, 1, 'gathers information to act within authority');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (8, 2, 'analyses problems in depth');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (8, 3, 'compares alternatives; balances risk');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (8, 4, 'solves high-risk problems; plans mitigation');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (8, 5, 'makes strategic decisions with national impact');

INSERT INTO competency (id, agency_id, code, category, current_revision) VALUES (9, NULL, 'S.01', 'SOCIO_EMOTIONAL', 1);
INSERT INTO competency_revision (id, competency_id, revision, name_id, name_en, official_text, created_at, created_by) VALUES (9, 9, 1, 'Perekat Bangsa', 'National unity (Perekat Bangsa)', FALSE, now(), 'system:seed');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (9, 1, 'is sensitive to, understands and accepts plurality');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (9, 2, 'actively develops mutual respect; stresses commonality and unity');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (9, 3, 'promotes tolerance and unity (mediator; social mapping)');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (9, 4, 'uses differences constructively and creatively for organisational effectiveness');
INSERT INTO proficiency_level (revision_id, level, description_en) VALUES (9, 5, 'represents the government in building socio-psychological relations with society');

-- Ids 1-9 are taken above; sequences start at 50, whose first block (1-50) JPA would also use.
SELECT setval('competency_seq', 100, false);
SELECT setval('competency_revision_seq', 100, false);
