/**
 * A person's grammatical gender when the article shows it: an honorific before the name
 * ("Mrs.", "Mr.") or a common given name. Used only to stop "she" from resolving to a man.
 */

export type Gender = 'female' | 'male';

// Common given names, written by hand: only names that are nearly always one gender.
const FEMALE_NAMES = new Set(
  `angela hillary michelle nancy elizabeth theresa marine christine ursula kamala sarah sara mary patricia
  jennifer linda barbara susan jessica karen lisa betty margaret sandra ashley kimberly emily donna michelle
  carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley anna angela ruth
  brenda pamela nicole katherine catherine samantha christina emma debra rachel carolyn janet maria heather
  diane julie joyce victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah
  jacqueline ann alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa
  beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis lori kayla jane
  tulsi elise nikki kirsten kristen amy kellyanne ivanka melania chelsea huma hope sheryl condoleezza
  madeleine janet loretta sally valerie debbie dianne maxine ilhan alexandria ayanna rashida liz lindsey
  yulia svetlana olga natalia tatiana irina maria marta federica frederica jacinda nicola margrethe
  beata dilma cristina michelle ségolène segolene anne hidalgo christiane brigitte carla lucy helen
  elena ella eva ivana ana mariana sonia sofia fatima aisha amina mina leila golda benazir indira aung
  tsai yingluck park sheikh`
    .split(/\s+/)
    .filter((name) => name && name !== 'sheikh' && name !== 'park'),
);

const MALE_NAMES = new Set(
  `vladimir françois francois dmitri dmitry petro bashar donald barack george bill john james robert michael
  william david richard joseph thomas charles christopher daniel matthew anthony mark paul steven andrew
  kenneth joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis
  jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
  christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
  bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
  bobby philip johnny mitch ted marco rand jeb chris mike bernie newt rudy reince sergei sergey boris
  emmanuel nicolas recep xi shinzo benjamin hassan ali mohammed muhammad ahmed abdullah kim narendra
  justin jair rodrigo andrés andres viktor jens jean-claude jean-yves manuel gerhard helmut olaf frank-walter
  tayyip mahmoud ayman osama abu`
    .split(/\s+/)
    .filter(Boolean),
);

export function genderOfGivenName(name: string): Gender | undefined {
  const lower = name.toLowerCase();
  if (FEMALE_NAMES.has(lower)) return 'female';
  if (MALE_NAMES.has(lower)) return 'male';
  return undefined;
}

/** Gender from the honorific or role written before a name ("Mrs.", "Congresswoman"). */
export function genderOfTitle(title: string): Gender | undefined {
  if (
    /\b(?:mrs|ms|miss|madam|madame|mme|lady|queen|princess|congresswoman|chairwoman|spokeswoman|councilwoman|businesswoman|sister)\b\.?/i.test(
      title,
    )
  )
    return 'female';
  if (
    /\b(?:mr|sir|lord|king|prince|congressman|chairman|spokesman|councilman|businessman|father|brother)\b\.?/i.test(
      title,
    )
  )
    return 'male';
  return undefined;
}

export function pronounGender(pronoun: string): Gender | 'plural' | 'neuter' | undefined {
  switch (pronoun.toLowerCase()) {
    case 'he':
    case 'him':
    case 'his':
    case 'himself':
      return 'male';
    case 'she':
    case 'her':
    case 'hers':
    case 'herself':
      return 'female';
    case 'they':
    case 'them':
    case 'their':
    case 'theirs':
    case 'themselves':
      return 'plural';
    case 'it':
    case 'its':
    case 'itself':
      return 'neuter';
    default:
      return undefined;
  }
}
