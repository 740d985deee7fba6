/**
 * Names that are always an ORGANIZATION in the product's sense, whatever the model says: buildings
 * and places standing for institutions ("the Kremlin", "the White House": CoNLL calls these LOC),
 * unambiguous acronyms and bodies. Ambiguous names (Apple, Amazon, Labour) are left to the model.
 */
export const FORCED_ORGANIZATIONS: readonly string[] = [
  'Kremlin', 'White House', 'Pentagon', 'Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', 'Downing Street',
  'Quai d\'Orsay', 'Whitehall', 'Foggy Bottom', 'Zhongnanhai', 'Vatican',
  'State Department', 'Justice Department', 'Defense Department', 'Treasury Department', 'Commerce Department',
  'Labor Department', 'Energy Department', 'Education Department', 'Agriculture Department',
  'Department of Homeland Security', 'Department of Justice', 'Department of State', 'Department of Defense',
  'Foreign Office', 'Home Office', 'Foreign Ministry', 'Defense Ministry', 'Defence Ministry', 'Interior Ministry',
  'Finance Ministry', 'Health Ministry',
  'U.N.', 'United Nations', 'U.N. Security Council', 'UN Security Council', 'United Nations Security Council',
  'Security Council', 'U.N. General Assembly', 'General Assembly', 'NATO', 'ICC', 'International Criminal Court',
  'European Commission', 'European Parliament', 'World Health Organization', 'World Bank', 'IMF',
  'International Monetary Fund', 'World Trade Organization', 'WTO', 'OPEC', 'FBI', 'CIA', 'NSA', 'CDC', 'FDA', 'EPA',
  'NASA', 'Interpol', 'Europol', 'Federal Reserve', 'Supreme Court', 'Bundestag', 'Knesset', 'State Duma',
  'Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'TASS', 'Interfax', 'Xinhua', 'Al Jazeera',
  'The Washington Post', 'Washington Post', 'The New York Times', 'New York Times', 'The Wall Street Journal',
  'Wall Street Journal', 'Financial Times', 'BBC', 'CNN', 'MSNBC', 'Fox News', 'NPR', 'TMC', 'Vox', 'Axios',
  'Politico', 'POLITICO', 'The Hill', 'BuzzFeed News', 'HuffPost', 'Breitbart', 'Breitbart News', 'NBC News', 'CBS News',
  'ABC News', 'CNBC', 'C-SPAN', 'ProPublica', 'Getty Images', 'Getty', 'Bloomberg News', 'The Associated Press',
  'Hamas', 'Hezbollah', 'Taliban', 'Islamic State', 'al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'ISIS', 'ISIL',
];
