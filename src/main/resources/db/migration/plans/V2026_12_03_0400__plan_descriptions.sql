-- plans: descriptions per language. A version's document keeps "description" (the English text) and
-- gains "descriptions" ({"en": …, "de": …, "fr": …, "es": …}); documents without it read their single
-- description as English. Catalogues seeded before this get the seeded translations (the same texts
-- as PlanSeeds) on their initial versions — the ones the seeding recorded, in force from the epoch.
-- A fresh database has no versions yet: PlanSeeds writes them with all four languages.

update plans_plan_version
set document = document || jsonb_build_object('descriptions', jsonb_build_object(
        'en', document ->> 'description',
        'de', 'Schnelle und wirksame Hilfe bei Supportanliegen und Fragen während der Geschäftszeiten: Kundenportal, Wissensdatenbank, unbegrenzt viele Fälle, Entwickler-Support.',
        'fr', 'Une aide rapide et efficace pour vos demandes de support et vos questions pendant les heures ouvrées : portail client, base de connaissances, demandes illimitées, support aux développeurs.',
        'es', 'Ayuda rápida y eficaz con incidencias y preguntas de soporte en horario laboral: portal de clientes, base de conocimientos, casos ilimitados, soporte para desarrolladores.'))
where code = 'STANDARD' and effective_from = timestamptz 'epoch' and created_by = 'system'
  and document -> 'descriptions' is null;

update plans_plan_version
set document = document || jsonb_build_object('descriptions', jsonb_build_object(
        'en', document ->> 'description',
        'de', 'Alles aus Standard, dazu ein persönlicher Technical Account Manager, bevorzugter Support und Rufbereitschaft rund um die Uhr für dringende Anliegen.',
        'fr', 'Tout Standard, avec un responsable technique de compte dédié, un support prioritaire et une astreinte 24 h/24, 7 j/7 pour les incidents urgents.',
        'es', 'Todo lo de Standard, con un gestor técnico de cuenta dedicado, soporte prioritario y guardia 24/7 para las incidencias urgentes.'))
where code = 'PREMIER' and effective_from = timestamptz 'epoch' and created_by = 'system'
  and document -> 'descriptions' is null;

update plans_plan_version
set document = document || jsonb_build_object('descriptions', jsonb_build_object(
        'en', document ->> 'description',
        'de', 'Support nahezu in Echtzeit während beaufsichtigter Prüfungen: Kundenportal, Vorfallverfolgung und Live-Chat, rund um die Uhr innerhalb gebuchter Prüfungsfenster.',
        'fr', 'Un support quasi en temps réel pendant les sessions d''examen surveillées : portail client, suivi des incidents et chat en direct, 24 h/24, 7 j/7 pendant les créneaux d''examen réservés.',
        'es', 'Soporte casi en tiempo real durante las sesiones de examen supervisadas: portal de clientes, seguimiento de incidencias y chat en directo, 24x7 dentro de las ventanas de examen reservadas.'))
where code = 'PROCTORED_EXAM_24X7' and effective_from = timestamptz 'epoch' and created_by = 'system'
  and document -> 'descriptions' is null;

-- the cached catalogue follows the revision: count this as an edit of each plan it touched
update plans_plan p set revision = revision + 1
where p.code in ('STANDARD', 'PREMIER', 'PROCTORED_EXAM_24X7')
  and exists (select 1 from plans_plan_version v where v.code = p.code and v.effective_from = timestamptz 'epoch'
              and v.created_by = 'system' and v.document -> 'descriptions' ->> 'de' is not null);
