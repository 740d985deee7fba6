import { builder } from './builder.js';

export const StatementKind = builder.enumType('StatementKind', {
  description: 'How a statement is reported.',
  values: {
    DIRECT: { description: 'Quoted word for word: “We will wait,” he said.' },
    INDIRECT: { description: 'Reported speech without quotation marks: He said that they would wait.' },
    PARTIAL: { description: 'A quoted fragment inside reported speech: He called it a “war crime.”' },
    MIXED: { description: 'Reported speech that contains quoted words.' },
  } as const,
});

export const MentionForm = builder.enumType('MentionForm', {
  description: 'How an entity is referred to at one place in an article.',
  values: {
    NAME: { description: 'The full name: Vladimir Putin.' },
    SHORT_NAME: { description: 'Part of the name: Putin.' },
    ACRONYM: { description: 'An abbreviation: ICC.' },
    PRONOUN: { description: 'A pronoun: he, she, they.' },
    ROLE: { description: 'A role noun: the French leader.' },
  } as const,
});

export const ExtractionStatus = builder.enumType('ExtractionStatus', {
  description: 'Whether an article’s people, organizations and statements were extracted.',
  values: {
    DONE: { description: 'Extracted: the article is in a language the extractor was trained for (English).' },
    SKIPPED_LANGUAGE: {
      description:
        'Not extracted: the extractor was not trained for the article’s language. The article is stored and searchable, with no statements or mentions.',
    },
  } as const,
});
