/**
 * The verbs that introduce what someone said (or, for PolNeAR-style attribution, thought or wanted).
 * Each lemma expands to its inflected forms; `frame` says where the reported content sits.
 */

/**
 * clause: "X said (that) C" / "C, X said".
 * object-clause: "X told reporters (that) C", "X warned Y that C" (an addressee may come first).
 * object: "X called the plan a disaster", "X accused Y of C", "X criticized C": the rest of the clause.
 * infinitive: "X vowed to C" (the content starts with "to").
 */
export type CueFrame = 'clause' | 'object-clause' | 'object' | 'infinitive';

/**
 * speech: says something aloud or in writing. stance: believes, wants, judges (PolNeAR counts these).
 * quote-only: a cue only next to a quotation ("…,” she continued."), too vague elsewhere.
 */
export type CueTier = 'speech' | 'stance' | 'quote-only';

export interface CueVerb {
  lemma: string;
  frame: CueFrame;
  tier: CueTier;
  /** Can close a quote or a reported clause: "…,” he said." / "…, she added." */
  canFollowContent: boolean;
  /** A particle the verb needs to be a cue: "pointed out". */
  particle?: string;
}

export type CueForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';

export interface CueMatch {
  verb: CueVerb;
  form: CueForm;
}

interface LemmaSpec {
  frame: CueFrame;
  tier: CueTier;
  follows?: boolean;
  /** Irregular forms: third-person, past, past participle, gerund. */
  forms?: [string, string, string, string];
  /** Double the last consonant before -ed/-ing ("admit" → "admitted"). */
  double?: boolean;
  particle?: string;
}

const SPEECH_CLAUSE = { frame: 'clause', tier: 'speech', follows: true } as const;
const SPEECH_TELL = { frame: 'object-clause', tier: 'speech', follows: true } as const;
const SPEECH_OBJECT = { frame: 'object', tier: 'speech' } as const;
const STANCE_CLAUSE = { frame: 'clause', tier: 'stance' } as const;
const STANCE_OBJECT = { frame: 'object', tier: 'stance' } as const;
const STANCE_TO = { frame: 'infinitive', tier: 'stance' } as const;
const QUOTE_ONLY = { frame: 'clause', tier: 'quote-only', follows: true } as const;

const LEMMAS: Record<string, LemmaSpec> = {
  say: { ...SPEECH_CLAUSE, forms: ['says', 'said', 'said', 'saying'] },
  tell: { ...SPEECH_TELL, forms: ['tells', 'told', 'told', 'telling'] },
  write: { ...SPEECH_CLAUSE, forms: ['writes', 'wrote', 'written', 'writing'] },
  add: SPEECH_CLAUSE,
  note: SPEECH_CLAUSE,
  argue: SPEECH_CLAUSE,
  claim: SPEECH_CLAUSE,
  warn: SPEECH_TELL,
  confirm: SPEECH_CLAUSE,
  deny: SPEECH_CLAUSE,
  insist: SPEECH_CLAUSE,
  acknowledge: SPEECH_CLAUSE,
  explain: SPEECH_CLAUSE,
  announce: SPEECH_CLAUSE,
  suggest: SPEECH_CLAUSE,
  ask: SPEECH_TELL,
  state: SPEECH_CLAUSE,
  declare: SPEECH_CLAUSE,
  report: SPEECH_CLAUSE,
  reply: QUOTE_ONLY,
  respond: QUOTE_ONLY,
  answer: SPEECH_CLAUSE,
  tweet: SPEECH_CLAUSE,
  comment: SPEECH_CLAUSE,
  remark: SPEECH_CLAUSE,
  observe: SPEECH_CLAUSE,
  admit: { ...SPEECH_CLAUSE, double: true },
  concede: SPEECH_CLAUSE,
  assert: SPEECH_CLAUSE,
  contend: SPEECH_CLAUSE,
  maintain: QUOTE_ONLY,
  stress: SPEECH_CLAUSE,
  emphasize: SPEECH_CLAUSE,
  emphasise: SPEECH_CLAUSE,
  reiterate: SPEECH_CLAUSE,
  repeat: SPEECH_CLAUSE,
  recall: SPEECH_CLAUSE,
  predict: SPEECH_CLAUSE,
  promise: { ...SPEECH_TELL },
  pledge: SPEECH_CLAUSE,
  vow: SPEECH_CLAUSE,
  threaten: SPEECH_CLAUSE,
  urge: SPEECH_TELL,
  demand: SPEECH_CLAUSE,
  complain: SPEECH_CLAUSE,
  lament: SPEECH_CLAUSE,
  joke: SPEECH_CLAUSE,
  quip: { ...SPEECH_CLAUSE, double: true },
  boast: SPEECH_CLAUSE,
  brag: { ...SPEECH_CLAUSE, double: true },
  mention: SPEECH_CLAUSE,
  reveal: SPEECH_CLAUSE,
  disclose: SPEECH_CLAUSE,
  indicate: SPEECH_CLAUSE,
  signal: SPEECH_CLAUSE,
  allege: SPEECH_CLAUSE,
  charge: SPEECH_CLAUSE,
  counter: SPEECH_CLAUSE,
  retort: SPEECH_CLAUSE,
  propose: SPEECH_CLAUSE,
  recommend: SPEECH_CLAUSE,
  advise: SPEECH_TELL,
  caution: SPEECH_TELL,
  assure: SPEECH_TELL,
  remind: SPEECH_TELL,
  inform: SPEECH_TELL,
  testify: SPEECH_CLAUSE,
  estimate: SPEECH_CLAUSE,
  conclude: SPEECH_CLAUSE,
  agree: SPEECH_CLAUSE,
  continue: QUOTE_ONLY,
  shout: SPEECH_CLAUSE,
  yell: SPEECH_CLAUSE,
  whisper: SPEECH_CLAUSE,
  scream: SPEECH_CLAUSE,
  exclaim: SPEECH_CLAUSE,
  wonder: SPEECH_CLAUSE,
  question: SPEECH_CLAUSE,
  recount: SPEECH_CLAUSE,
  affirm: SPEECH_CLAUSE,
  reaffirm: SPEECH_CLAUSE,
  clarify: SPEECH_CLAUSE,
  specify: SPEECH_CLAUSE,
  speculate: SPEECH_CLAUSE,
  surmise: SPEECH_CLAUSE,
  proclaim: SPEECH_CLAUSE,
  post: QUOTE_ONLY,
  email: SPEECH_CLAUSE,
  text: QUOTE_ONLY,
  point: { ...SPEECH_CLAUSE, particle: 'out' },
  put: { ...QUOTE_ONLY, particle: 'it', forms: ['puts', 'put', 'put', 'putting'] },
  speak: { ...STANCE_OBJECT, particle: 'about', forms: ['speaks', 'spoke', 'spoken', 'speaking'] },
  talk: { ...STANCE_OBJECT, particle: 'about' },
  make: { ...STANCE_CLAUSE, particle: 'clear', forms: ['makes', 'made', 'made', 'making'] },
  refer: { ...STANCE_OBJECT, particle: 'to', double: true },
  echo: { ...STANCE_OBJECT, forms: ['echoes', 'echoed', 'echoed', 'echoing'] },
  offer: STANCE_OBJECT,
  read: { ...QUOTE_ONLY, forms: ['reads', 'read', 'read', 'reading'] },
  muse: QUOTE_ONLY,
  chime: QUOTE_ONLY,
  interject: QUOTE_ONLY,
  laugh: QUOTE_ONLY,
  sigh: QUOTE_ONLY,
  scoff: QUOTE_ONLY,
  quote: QUOTE_ONLY,
  // Speech acts whose content is an object rather than a clause.
  call: SPEECH_OBJECT,
  accuse: SPEECH_OBJECT,
  describe: SPEECH_OBJECT,
  criticize: SPEECH_OBJECT,
  criticise: SPEECH_OBJECT,
  praise: SPEECH_OBJECT,
  blame: SPEECH_OBJECT,
  condemn: SPEECH_OBJECT,
  denounce: SPEECH_OBJECT,
  dismiss: SPEECH_OBJECT,
  reject: SPEECH_OBJECT,
  cite: SPEECH_OBJECT,
  dub: { ...SPEECH_OBJECT, double: true },
  label: SPEECH_OBJECT,
  brand: SPEECH_OBJECT,
  characterize: SPEECH_OBJECT,
  blast: SPEECH_OBJECT,
  slam: { ...SPEECH_OBJECT, double: true },
  attack: SPEECH_OBJECT,
  decry: SPEECH_OBJECT,
  mock: SPEECH_OBJECT,
  tout: SPEECH_OBJECT,
  endorse: SPEECH_OBJECT,
  applaud: SPEECH_OBJECT,
  express: SPEECH_OBJECT,
  voice: SPEECH_OBJECT,
  // Beliefs, intentions and evidence (PolNeAR annotates them as attributions).
  think: { ...STANCE_CLAUSE, follows: true, forms: ['thinks', 'thought', 'thought', 'thinking'] },
  believe: { ...STANCE_CLAUSE, follows: true },
  feel: { ...STANCE_CLAUSE, forms: ['feels', 'felt', 'felt', 'feeling'] },
  fear: STANCE_CLAUSE,
  hope: STANCE_CLAUSE,
  expect: STANCE_CLAUSE,
  know: { ...STANCE_CLAUSE, forms: ['knows', 'knew', 'knew', 'knowing'] },
  worry: STANCE_CLAUSE,
  doubt: STANCE_CLAUSE,
  understand: { ...STANCE_CLAUSE, forms: ['understands', 'understood', 'understood', 'understanding'] },
  assume: STANCE_CLAUSE,
  realize: STANCE_CLAUSE,
  show: { ...STANCE_CLAUSE, follows: true, forms: ['shows', 'showed', 'shown', 'showing'] },
  find: { ...STANCE_CLAUSE, follows: true, forms: ['finds', 'found', 'found', 'finding'] },
  want: STANCE_TO,
  plan: { ...STANCE_TO, double: true },
  intend: STANCE_TO,
  seek: { ...STANCE_TO, forms: ['seeks', 'sought', 'sought', 'seeking'] },
  refuse: STANCE_TO,
  decline: STANCE_TO,
  support: STANCE_OBJECT,
  oppose: STANCE_OBJECT,
  favor: STANCE_OBJECT,
  consider: STANCE_OBJECT,
  see: { ...STANCE_OBJECT, forms: ['sees', 'saw', 'seen', 'seeing'] },
  // More judgements and communicative acts PolNeAR counts (objects as content).
  discuss: STANCE_OBJECT,
  address: STANCE_OBJECT,
  highlight: STANCE_OBJECT,
  defend: STANCE_OBJECT,
  promote: STANCE_OBJECT,
  champion: STANCE_OBJECT,
  challenge: STANCE_OBJECT,
  lambaste: STANCE_OBJECT,
  ridicule: STANCE_OBJECT,
  deride: STANCE_OBJECT,
  disparage: STANCE_OBJECT,
  insult: STANCE_OBJECT,
  hail: STANCE_OBJECT,
  laud: STANCE_OBJECT,
  commend: STANCE_OBJECT,
  congratulate: STANCE_OBJECT,
  celebrate: STANCE_OBJECT,
  embrace: STANCE_OBJECT,
  portray: STANCE_OBJECT,
  compare: STANCE_OBJECT,
  liken: STANCE_OBJECT,
  invoke: STANCE_OBJECT,
  reference: STANCE_OBJECT,
  regret: { ...STANCE_CLAUSE, double: true },
  prefer: { ...STANCE_OBJECT, double: true },
  love: STANCE_OBJECT,
  hate: STANCE_OBJECT,
  dislike: STANCE_OBJECT,
  trust: STANCE_OBJECT,
  distrust: STANCE_OBJECT,
  accept: STANCE_OBJECT,
  anticipate: STANCE_CLAUSE,
  forecast: STANCE_CLAUSE,
  project: STANCE_CLAUSE,
  imagine: STANCE_CLAUSE,
  guess: STANCE_CLAUSE,
  reckon: STANCE_CLAUSE,
  sense: STANCE_CLAUSE,
  deem: STANCE_OBJECT,
  wish: STANCE_CLAUSE,
  aim: STANCE_TO,
  welcome: STANCE_OBJECT,
  thank: STANCE_OBJECT,
  view: STANCE_OBJECT,
  regard: STANCE_OBJECT,
};

const BY_FORM = new Map<string, CueMatch>();

function regularForms(lemma: string, double: boolean): [string, string, string, string] {
  let stem = lemma;
  if (double) stem = lemma + lemma[lemma.length - 1];
  if (/[^aeiou]y$/.test(lemma)) {
    const base = lemma.slice(0, -1);
    return [base + 'ies', base + 'ied', base + 'ied', lemma + 'ing'];
  }
  if (lemma.endsWith('e')) {
    const base = lemma.slice(0, -1);
    return [lemma + 's', lemma + 'd', lemma + 'd', base + 'ing'];
  }
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  return [third, stem + 'ed', stem + 'ed', stem + 'ing'];
}

for (const [key, spec] of Object.entries(LEMMAS)) {
  const lemma = key.replace(/_$/, '');
  const verb: CueVerb = { lemma, frame: spec.frame, tier: spec.tier, canFollowContent: spec.follows === true };
  if (spec.particle) verb.particle = spec.particle;
  const [third, past, participle, gerund] = spec.forms ?? regularForms(lemma, spec.double === true);
  const entries: Array<[string, CueForm]> = [
    [gerund, 'gerund'],
    [participle, 'participle'],
    [past, 'past'],
    [third, 'third'],
    [lemma, 'base'],
  ];
  for (const [form, name] of entries) if (!BY_FORM.has(form)) BY_FORM.set(form, { verb, form: name });
}

export function lookupCue(lowerWord: string): CueMatch | undefined {
  return BY_FORM.get(lowerWord);
}
