/** The operations GraphiQL opens with: each one shows something the API does on the sample data. */
export const PLAYGROUND_EXAMPLES: { title: string; query: string }[] = [
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
    title: 'A person and their statements',
    query: `query PersonStatements {
  person(name: "Putin") {
    name
    aliases
    statementCount
    mentionCount
    articles(first: 5) { edges { node { title outlet } } }
    statements(first: 5) { edges { node { text cue article { title } } } }
  }
}
`,
  },
];
