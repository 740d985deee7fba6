/**
 * Institutions named by a place or building ("the Kremlin", "the White House") and other names the
 * product wants as ORGANIZATION whatever the model says. Multi-word entries are space-separated tokens.
 */
export const INSTITUTIONS: readonly string[] = [
  'Kremlin', 'White House', 'Pentagon', 'State Department', 'Justice Department', 'Defense Department',
  'Treasury Department', 'Commerce Department', 'Labor Department', 'Energy Department', 'Homeland Security',
  'Department of Homeland Security', 'Department of Justice', 'Department of State', 'Department of Defense',
  'Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', 'Downing Street', 'Quai d\'Orsay', 'Whitehall',
  'Capitol Hill', 'Congress', 'Senate', 'House of Representatives', 'House of Commons', 'House of Lords',
  'Supreme Court', 'Federal Reserve', 'Fed', 'Bundestag', 'Bundesbank', 'Duma', 'State Duma', 'Knesset',
  'Vatican', 'Holy See', 'Politburo', 'Foreign Office', 'Home Office', 'Foreign Ministry', 'Defense Ministry',
  'Defence Ministry', 'Interior Ministry', 'Finance Ministry', 'Health Ministry', 'European Commission',
  'European Parliament', 'European Union', 'EU', 'United Nations', 'U.N.', 'UN', 'NATO', 'Security Council',
  'U.N. Security Council', 'UN Security Council', 'United Nations Security Council', 'General Assembly',
  'International Criminal Court', 'ICC', 'World Health Organization', 'WHO', 'World Bank', 'IMF',
  'International Monetary Fund', 'World Trade Organization', 'WTO', 'OPEC', 'FBI', 'CIA', 'NSA', 'CDC',
  'FDA', 'EPA', 'SEC', 'IRS', 'DHS', 'DOJ', 'ICE', 'NASA', 'Interpol', 'Europol', 'Red Cross', 'Hamas',
  'Hezbollah', 'Taliban', 'Islamic State', 'al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'ISIS', 'ISIL',
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'CNN', 'NBC', 'CBS', 'ABC',
  'Fox News', 'MSNBC', 'NPR', 'TASS', 'Interfax', 'RIA Novosti', 'Xinhua', 'Al Jazeera', 'Bloomberg',
  'The Washington Post', 'Washington Post', 'The New York Times', 'New York Times', 'The Wall Street Journal',
  'Wall Street Journal', 'The Guardian', 'Financial Times', 'Politico', 'The Hill', 'Axios', 'TMC',
  'Democratic Party', 'Republican Party', 'Democrats', 'Republicans', 'GOP', 'Labour', 'Labour Party',
  'Conservative Party', 'Tories', 'Google', 'Facebook', 'Twitter', 'Amazon', 'Apple', 'Microsoft',
];

/** Institutions that read best with "the" before them; the article is never part of the span. */
export const INSTITUTION_KEYS: ReadonlySet<string> = new Set(INSTITUTIONS.map((name) => name.toLowerCase()));

/** Last words that make a capitalized run an organization ("... Court", "... Party", "... Inc."). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'court', 'council', 'party', 'parliament', 'assembly', 'congress', 'senate', 'committee', 'commission',
  'agency', 'administration', 'authority', 'bureau', 'department', 'ministry', 'office', 'service', 'services',
  'organization', 'organisation', 'association', 'federation', 'union', 'league', 'alliance', 'coalition',
  'foundation', 'institute', 'institution', 'university', 'college', 'school', 'academy', 'hospital', 'clinic',
  'bank', 'fund', 'group', 'holdings', 'company', 'co', 'co.', 'corp', 'corp.', 'corporation', 'inc', 'inc.',
  'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'partners', 'capital', 'airlines', 'airways', 'motors',
  'press', 'times', 'post', 'news', 'journal', 'herald', 'tribune', 'gazette', 'network', 'channel', 'television',
  'radio', 'magazine', 'club', 'team', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'militia', 'front',
  'movement', 'brigade', 'brigades', 'board', 'cabinet', 'government', 'reserve', 'exchange', 'church', 'society',
  'center', 'centre', 'laboratories', 'labs', 'systems', 'technologies', 'industries', 'enterprises', 'media',
]);

/**
 * Last words of company names that no person's name ends with ("Lighthouse Robotics"). Used by a rule
 * after the model, not as a model feature, so the list can grow without retraining.
 */
export const COMPANY_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'robotics', 'pharmaceuticals', 'pharma', 'therapeutics', 'biotech', 'biosciences', 'biotechnology', 'energy',
  'electronics', 'software', 'semiconductor', 'semiconductors', 'aerospace', 'logistics', 'analytics', 'networks',
  'telecom', 'telecommunications', 'communications', 'entertainment', 'studios', 'insurance', 'securities',
  'bancorp', 'financial', 'petroleum', 'chemicals', 'realty', 'motors', 'airlines', 'airways', 'technologies',
  'systems', 'industries', 'enterprises', 'labs', 'laboratories', 'holdings', 'corporation', 'inc', 'corp', 'llc',
  'ltd', 'plc', 'gmbh',
]);
