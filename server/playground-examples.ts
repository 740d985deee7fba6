/** The operations GraphiQL opens with: each one shows something the API does on the sample data. */
export const PLAYGROUND_EXAMPLES: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: 'Who said what',
    query: `# Who said what in the sample article: statements, their speakers and the cue verbs.
query WhoSaidWhat {
  article(url: "https://www.washingtonpost.com/world/putin-calls-off-visit-to-france-amid-western-pressure-over-aleppo-attacks/2016/10/11/130a8d1a-8fa5-11e6-a6a3-d50061aa9fae_story.html") {
    title
    outlet
    publishedAt
    statements(first: 20) {
      totalCount
      edges {
        node {
          kind
          text
          cue
          speaker {
            __typename
            ... on Person { name }
            ... on Organization { name }
          }
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Who said what about X',
    query: `# What others said about Putin: statements that mention him, by anyone else, newest first.
query QuotedAbout {
  person(name: "Putin") {
    name
    quotedAbout(first: 10) {
      totalCount
      edges {
        node {
          text
          cue
          speaker { ... on Person { name } ... on Organization { name } }
          article { title outlet publishedAt }
        }
      }
    }
    coMentions(type: PERSON, first: 5) {
      edges { node { articleCount statementCount entity { ... on Person { name } } } }
    }
  }
}
`,
  },
  {
    title: 'Top speakers over time',
    query: `# Who is quoted most, month by month, and who leads on a topic.
query TopSpeakersOverTime {
  statementCounts(groupBy: [SPEAKER, PERIOD], bucket: MONTH, orderBy: KEY, first: 50, filter: { speakerType: PERSON }) {
    totalCount
    edges {
      node {
        period { start end }
        speaker { ... on Person { name } }
        count
        articleCount
      }
    }
  }
  topSpeakers(topic: "aleppo", first: 5) {
    edges { node { count speaker { ... on Person { name } ... on Organization { name } } } }
  }
}
`,
  },
  {
    title: 'Most-repeated quotes',
    query: `# One quote however many outlets print it: the lines printed by the most outlets, where each
# first appeared, and who is quoted most when each quote (or each syndicated story) counts once.
query MostRepeatedQuotes {
  quotes(first: 10, orderBy: { field: OUTLET_COUNT, direction: DESC }) {
    totalCount
    edges {
      node {
        text
        speaker { ... on Person { name } ... on Organization { name } }
        outletCount
        occurrenceCount
        firstSeenAt
        firstArticle { title outlet }
        occurrences(first: 3) { edges { node { text article { outlet publishedAt } } } }
      }
    }
  }
  topSpeakers(first: 5, distinct: QUOTES, filter: { copies: EXCLUDE }) {
    edges { node { count speaker { ... on Person { name } ... on Organization { name } } } }
  }
  articles(first: 5, filter: { copies: ONLY }) {
    totalCount
    edges { node { title outlet wireService syndication { size original { title outlet publishedAt } } } }
  }
}
`,
  },
  {
    title: 'Full-text search with snippets',
    query: `# Web-search syntax: quotes for phrases, - to exclude, "or" for either.
query Search {
  searchStatements(query: "aleppo -ceasefire", first: 10) {
    totalCount
    edges {
      rank
      snippet { html }
      node { text speaker { ... on Person { name } } article { title } }
    }
  }
  searchArticles(query: "\\"security council\\" or aleppo", first: 5) {
    edges { rank snippet { text highlights { start end } } node { title outlet } }
  }
  searchPeople(name: "poroshenk") {
    edges { similarity node { name aliases } }
  }
}
`,
  },
  {
    title: 'Filters and ordering',
    query: `# Direct quotes by people, in October 2016, mentioning a name, oldest first.
query Filtered {
  statements(
    first: 20
    orderBy: { field: PUBLISHED_AT, direction: ASC }
    filter: {
      kind: [DIRECT]
      speakerType: PERSON
      publishedAt: { from: "2016-10-01T00:00:00Z", before: "2016-11-01T00:00:00Z" }
      OR: [{ mentioningName: "Putin" }, { search: "aleppo" }]
    }
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { text article { publishedAt } } }
  }
  people(first: 10, orderBy: { field: STATEMENT_COUNT, direction: DESC }) {
    edges { node { name statementCount mentionCount } }
  }
}
`,
  },
  {
    title: 'A merge (needs an editor key)',
    query: `# Writes need an API key with the EDITOR role (npx newsgraph keys create --role editor):
# put {"Authorization": "Bearer <key>"} in the Headers pane below. Find the two IDs with searchPeople.
mutation Merge($targetId: ID!, $sourceIds: [ID!]!) {
  mergePeople(input: { targetId: $targetId, sourceIds: $sourceIds, dryRun: true }) {
    __typename
    ... on MergePeoplePayload { dryRun movedStatementCount movedMentionCount aliases person { name statementCount } }
    ... on Error { message }
  }
}
`,
    variables: { targetId: 'UGVyc29uOjE=', sourceIds: ['UGVyc29uOjI='] },
  },
];
