/** Common given names from many languages, written by the team: evidence that a capitalized run is a person. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `
  Aaron Abdul Abdullah Abe Abraham Adam Adrian Ahmad Ahmed Aisha Alan Albert Alberto Alejandro Aleksandr Aleksei
  Alex Alexander Alexandra Alexandre Alexei Alexis Ali Alice Alicia Alison Allen Amanda Amy Ana Anders Andre
  Andrea Andreas Andrei Andrew Andrés Andrzej Angel Angela Angelo Ann Anna Anne Annie Anthony Antoine Anton
  Antonio Ari Arnold Arthur Ashley Ashraf Ayman Barack Barbara Barry Bashar Ben Benjamin Bernard Bernie Beto
  Betsy Bill Billy Bob Bobby Boris Brad Bradley Brandon Brett Brian Bruce Bruno Bryan Carl Carlos Carmen Carol
  Caroline Catherine Cecilia Chad Charles Charlie Chen Chris Christian Christina Christine Christopher Chuck Claire
  Claude Claudia Colin Corey Cory Craig Cristina Dale Dan Daniel Daniela Danny Dario David Dean Deborah Denis
  Dennis Derek Devin Diana Diane Diego Dimitri Dmitri Dmitry Dominic Don Donald Doug Douglas Dylan Ed Eddie Edgar
  Eduardo Edward Elena Eli Elijah Elizabeth Ellen Elon Emily Emma Emmanuel Eric Erik Erin Ernesto Ethan Eugene
  Evan Evgeny Fatima Felipe Felix Fernando Francesco Francis Francisco Franco François Frank Franz Fred Frederick
  Gabriel Gary Gavin Gene George Georgi Gerald Gerhard Gina Giorgio Giovanni Giuseppe Glenn Gordon Grace Greg
  Gregory Guillermo Gustavo Hamid Hannah Hans Harold Harry Hassan Heather Heinz Helen Helmut Henri Henry Herbert
  Hillary Hiroshi Howard Hugo Hussein Ian Igor Ilya Imran Isaac Ivan Jack Jacob Jacques Jake James Jamie Jan Jane
  Janet Jared Jason Javier Jay Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome Jerry Jessica Jim Jimmy Joan Joanna
  Joe Joel Johan Johann Johannes John Johnny Jon Jonathan Jordan Jorge José Joseph Josh Joshua Juan Judith Judy
  Julia Julian Julie Justin Kamala Karen Karim Karl Kate Katherine Kathleen Kathy Kay Keith Kelly Ken Kenneth Kevin
  Khalid Kim Kirk Klaus Kurt Kyle Larry Laura Lauren Lawrence Lee Leo Leon Leonid Lindsey Linda Lisa Liz Lloyd Lou
  Louis Luca Lucas Luis Luke Lynn Mahmoud Marco Marcus Margaret Maria Marie Marine Mario Mark Martha Martin Mary
  Matt Matteo Matthew Maurice Max Maxim Megan Mehmet Melania Melissa Michael Michel Michelle Miguel Mike Mikhail
  Miles Mitch Mitt Mohamed Mohammad Mohammed Muhammad Nancy Naftali Narendra Natalia Natalie Nathan Neil Nicholas
  Nick Nicola Nicolas Nicole Nikita Nikolai Nikki Noah Norman Olaf Oleg Olga Oliver Omar Oscar Owen Pablo Pamela
  Pat Patricia Patrick Paul Paula Pedro Pete Peter Petro Philip Philippe Pierre Piotr Rachel Rahul Ralph Ramon
  Randy Raúl Raul Ray Raymond Rebecca Recep Reza Richard Rick Rob Robert Roberto Robin Rodrigo Roger Roman Ron
  Ronald Rosa Ross Roy Ruth Ryan Saad Sadiq Salman Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian
  Sergei Sergey Shane Sharon Shinzo Sigmar Simon Sophie Stefan Stephanie Stephen Steve Steven Susan Sylvie
  Tamara Tammy Tanya Ted Teresa Terry Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Ursula Valentina
  Valerie Vanessa Victor Victoria Vincent Viktor Vladimir Volodymyr Walter Wang Wayne Wendy Werner William Willie
  Wolfgang Xi Yasser Yitzhak Yoshihide Yulia Yuri Zachary Zhang
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase name particles that may sit inside a person's name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'abu',
  'y',
  'ter',
  'zu',
]);
