import type { PrismaClient } from '../../server/db/prisma-client.js';
import { canonicalUrl } from '../../server/ingest/describe-url.js';
import { nameKey } from '../../server/names/name-key.js';

/**
 * A small corpus written by hand, stored directly (no extraction), so every expected count in the
 * API tests can be worked out from this file alone.
 *
 * A1 The Washington Post, 2016-10-11: S1 Hollande (mentions Putin), S2 Kremlin, S3 Putin
 * A2 Reuters, 2016-10-20:             S4 Merkel (mentions U.N.), S5 Poroshenko (mentions Putin), S6 nobody
 * A3 The Washington Post, 2016-11-02: S7 Putin (mentions ICC), S8 Merkel (mentions Putin and Poroshenko)
 * A4 BBC News, undated:               S9 International Criminal Court
 */
export const PEOPLE = {
  putin: { name: 'Vladimir Putin', aliases: ['Putin', 'Vladimir Putin'] },
  poroshenko: { name: 'Petro Poroshenko', aliases: ['Petro Poroshenko', 'Poroshenko'] },
  merkel: { name: 'Angela Merkel', aliases: ['Angela Merkel', 'Merkel'] },
  hollande: { name: 'François Hollande', aliases: ['François Hollande', 'Hollande'] },
} as const;

export const ORGANIZATIONS = {
  kremlin: { name: 'Kremlin', aliases: ['Kremlin'] },
  icc: { name: 'International Criminal Court', aliases: ['ICC', 'International Criminal Court'] },
  un: { name: 'United Nations', aliases: ['U.N.', 'United Nations'] },
} as const;

type PersonKey = keyof typeof PEOPLE;
type OrganizationKey = keyof typeof ORGANIZATIONS;
type EntityKey = PersonKey | OrganizationKey;

interface StatementSpec {
  key: string;
  text: string;
  speaker: EntityKey | null;
  kind: 'DIRECT' | 'INDIRECT' | 'PARTIAL' | 'MIXED';
  cue: string;
  mentions: EntityKey[];
}

interface ArticleSpec {
  key: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  lead: string;
  statements: StatementSpec[];
  /** Entity → how many mentions of it the article has. */
  mentions: Partial<Record<EntityKey, number>>;
}

export const ARTICLES: ArticleSpec[] = [
  {
    key: 'a1',
    url: 'https://www.washingtonpost.com/world/2016/10/11/putin-cancels-paris-visit/',
    title: 'Putin cancels Paris visit amid pressure over Aleppo',
    outlet: 'The Washington Post',
    publishedAt: '2016-10-11T00:00:00.000Z',
    lead: 'Vladimir Putin called off a visit to Paris after François Hollande spoke of the bombing of Aleppo.',
    statements: [
      {
        key: 's1',
        text: 'Putin must answer for the war crimes in Aleppo',
        speaker: 'hollande',
        kind: 'DIRECT',
        cue: 'said',
        mentions: ['putin'],
      },
      {
        key: 's2',
        text: 'the visit would wait for a convenient time',
        speaker: 'kremlin',
        kind: 'INDIRECT',
        cue: 'said',
        mentions: [],
      },
      {
        key: 's3',
        text: 'We will wait for this convenient time to come',
        speaker: 'putin',
        kind: 'DIRECT',
        cue: 'added',
        mentions: [],
      },
    ],
    mentions: { putin: 3, hollande: 2, kremlin: 1 },
  },
  {
    key: 'a2',
    url: 'https://www.reuters.com/article/2016/10/20/berlin-talks/',
    title: 'Berlin talks on Ukraine end without a deal',
    outlet: 'Reuters',
    publishedAt: '2016-10-20T12:00:00.000Z',
    lead: 'Angela Merkel hosted Petro Poroshenko and Putin in Berlin; the United Nations was asked to help.',
    statements: [
      {
        key: 's4',
        text: 'The United Nations must monitor a ceasefire in Aleppo',
        speaker: 'merkel',
        kind: 'DIRECT',
        cue: 'warned',
        mentions: ['un'],
      },
      {
        key: 's5',
        text: 'what Putin did in Aleppo a war crime',
        speaker: 'poroshenko',
        kind: 'PARTIAL',
        cue: 'called',
        mentions: ['putin'],
      },
      {
        key: 's6',
        text: 'the talks in Berlin lasted five hours',
        speaker: null,
        kind: 'INDIRECT',
        cue: 'according to',
        mentions: [],
      },
    ],
    mentions: { merkel: 1, poroshenko: 1, putin: 1, un: 1 },
  },
  {
    key: 'a3',
    url: 'https://www.washingtonpost.com/world/2016/11/02/russia-leaves-court/',
    title: 'Russia withdraws from the International Criminal Court',
    outlet: 'The Washington Post',
    publishedAt: '2016-11-02T08:30:00.000Z',
    lead: 'Putin signed the order; Merkel and Poroshenko reacted and the ICC was silent.',
    statements: [
      {
        key: 's7',
        text: 'the International Criminal Court had failed to be independent',
        speaker: 'putin',
        kind: 'INDIRECT',
        cue: 'said',
        mentions: ['icc'],
      },
      {
        key: 's8',
        text: 'Putin and Poroshenko must keep talking',
        speaker: 'merkel',
        kind: 'DIRECT',
        cue: 'Said',
        mentions: ['putin', 'poroshenko'],
      },
    ],
    mentions: { putin: 2, merkel: 1, poroshenko: 1, icc: 1 },
  },
  {
    key: 'a4',
    url: 'https://www.bbc.co.uk/news/world-court-statement',
    title: 'Court responds to Russian withdrawal',
    outlet: 'BBC News',
    publishedAt: null,
    lead: 'The International Criminal Court answered; the ICC keeps working.',
    statements: [
      {
        key: 's9',
        text: "Russia's withdrawal does not affect the court's work on Ukraine",
        speaker: 'icc',
        kind: 'DIRECT',
        cue: 'said',
        mentions: [],
      },
    ],
    mentions: { icc: 2 },
  },
];

export interface Fixture {
  people: Record<PersonKey, number>;
  organizations: Record<OrganizationKey, number>;
  articles: Record<string, number>;
  statements: Record<string, number>;
}

const isPerson = (key: EntityKey): key is PersonKey => key in PEOPLE;

/** Stores the corpus; returns the database ids by fixture key. */
export async function loadFixture(prisma: PrismaClient): Promise<Fixture> {
  const people = {} as Record<PersonKey, number>;
  const organizations = {} as Record<OrganizationKey, number>;
  for (const [key, person] of Object.entries(PEOPLE) as [PersonKey, (typeof PEOPLE)[PersonKey]][]) {
    people[key] = (
      await prisma.person.create({
        data: { name: person.name, nameKey: nameKey(person.name), aliases: [...person.aliases] },
      })
    ).id;
  }
  for (const [key, organization] of Object.entries(ORGANIZATIONS) as [
    OrganizationKey,
    (typeof ORGANIZATIONS)[OrganizationKey],
  ][]) {
    organizations[key] = (
      await prisma.organization.create({
        data: { name: organization.name, nameKey: nameKey(organization.name), aliases: [...organization.aliases] },
      })
    ).id;
  }
  const articles: Record<string, number> = {};
  const statements: Record<string, number> = {};
  for (const spec of ARTICLES) {
    const quotes = spec.statements.map((statement) => `"${statement.text}," ${statement.cue}.`);
    const body = [spec.lead, ...quotes].join('\n\n');
    const publishedAt = spec.publishedAt ? new Date(spec.publishedAt) : null;
    const article = await prisma.article.create({
      data: {
        url: spec.url,
        canonicalUrl: canonicalUrl(new URL(spec.url)),
        title: spec.title,
        outlet: spec.outlet,
        domain: new URL(spec.url).hostname.replace(/^www\./, ''),
        publishedAt,
        body,
        contentHash: spec.key,
        metadata: [],
      },
    });
    articles[spec.key] = article.id;
    for (const [entity, count] of Object.entries(spec.mentions) as [EntityKey, number][]) {
      for (let i = 0; i < count; i += 1) {
        // The mention is written as the entity's name (offsets are not checked against this body).
        const text = isPerson(entity) ? PEOPLE[entity].name : ORGANIZATIONS[entity as OrganizationKey].name;
        const data = { articleId: article.id, start: i, end: i + text.length, text, form: 'NAME' as const };
        if (isPerson(entity)) await prisma.personMention.create({ data: { ...data, personId: people[entity] } });
        else
          await prisma.organizationMention.create({
            data: { ...data, organizationId: organizations[entity as OrganizationKey] },
          });
      }
    }
    for (const statement of spec.statements) {
      const start = body.indexOf(statement.text);
      const speaker = statement.speaker;
      const row = await prisma.statement.create({
        data: {
          articleId: article.id,
          text: statement.text,
          kind: statement.kind,
          start,
          end: start + statement.text.length,
          cue: statement.cue,
          publishedAt,
          speakerPersonId: speaker && isPerson(speaker) ? people[speaker] : null,
          speakerOrganizationId: speaker && !isPerson(speaker) ? organizations[speaker as OrganizationKey] : null,
        },
      });
      statements[statement.key] = row.id;
      for (const mentioned of statement.mentions) {
        if (isPerson(mentioned))
          await prisma.statementPerson.create({ data: { statementId: row.id, personId: people[mentioned] } });
        else
          await prisma.statementOrganization.create({
            data: { statementId: row.id, organizationId: organizations[mentioned as OrganizationKey] },
          });
      }
    }
  }
  return { people, organizations, articles, statements };
}
