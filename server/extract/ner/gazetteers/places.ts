/** Countries, regions and big cities, and the adjectives of nationality: LOCATION and MISC evidence. */
export const PLACES: ReadonlySet<string> = new Set(
  `
  Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium
  Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus
  Czechia Denmark Ecuador Egypt England Estonia Ethiopia Europe Africa Asia America Finland France Georgia Germany
  Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica
  Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg Macedonia Malaysia
  Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger
  Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia
  Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan
  Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam
  Wales Yemen Zambia Zimbabwe Crimea Donbas Gaza Aleppo Damascus Moscow Paris London Berlin Washington Beijing
  Tokyo Kiev Kyiv Rome Madrid Brussels Geneva Vienna Warsaw Prague Budapest Athens Ankara Istanbul Tehran Baghdad
  Kabul Cairo Jerusalem Beirut Riyadh Dubai Delhi Mumbai Seoul Pyongyang Hong Kong Shanghai Wuhan Sydney Toronto
  Ottawa Chicago Boston Texas California Florida Ohio Iowa Michigan Pennsylvania Virginia Arizona Nevada Alabama
  Alaska Arkansas Colorado Connecticut Delaware Hawaii Idaho Illinois Indiana Kansas Kentucky Louisiana Maine
  Maryland Massachusetts Minnesota Mississippi Missouri Montana Nebraska Oklahoma Oregon Tennessee Utah Vermont
  Wisconsin Wyoming Carolina Dakota Jersey Hampshire Mexico York Manhattan Brooklyn Baltimore Atlanta Seattle
  Denver Detroit Houston Dallas Miami Philadelphia Phoenix Minneapolis Portland Ukraine Syria Idlib Mosul Sinai
  U.S. US USA U.K. UK UAE
  `
    .split(/\s+/)
    .filter(Boolean)
    .concat([
      'United States',
      'United Kingdom',
      'Soviet Union',
      'Middle East',
      'New York',
      'Los Angeles',
      'San Francisco',
      'New Delhi',
      'Hong Kong',
      'South Korea',
      'North Korea',
      'Saudi Arabia',
      'South Africa',
      'New Zealand',
      'European Union',
    ]),
);

export const NATIONALITIES: ReadonlySet<string> = new Set(
  `
  Afghan Albanian Algerian American Argentine Argentinian Armenian Asian Australian Austrian African Arab Belgian
  Bolivian Brazilian British Bulgarian Canadian Chilean Chinese Colombian Croatian Cuban Czech Danish Dutch Egyptian
  English Estonian Ethiopian European Finnish French Georgian German Ghanaian Greek Hungarian Indian Indonesian
  Iranian Iraqi Irish Israeli Italian Japanese Jordanian Kenyan Korean Kurdish Kuwaiti Latvian Lebanese Libyan
  Lithuanian Malaysian Mexican Moroccan Nigerian Norwegian Pakistani Palestinian Persian Peruvian Polish Portuguese
  Qatari Romanian Russian Saudi Scottish Serbian Slovak Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese
  Thai Tunisian Turkish Ukrainian Venezuelan Vietnamese Welsh Western Eastern Soviet Sunni Shiite Shia Muslim
  Christian Jewish Catholic Islamic Democratic Republican Democrat Republican
  `
    .split(/\s+/)
    .filter(Boolean),
);
