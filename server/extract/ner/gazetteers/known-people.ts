/**
 * Surnames of people prominent in the news of recent years, written by the team. The model learned
 * from 1996 Reuters text, where "Trump" or "Obama" never occur; a one-word mention spelled like these
 * (and not part of a longer name) is a PERSON ("the Obama administration" follows CoNLL's convention).
 */
export const KNOWN_SURNAMES: ReadonlySet<string> = new Set(
  `
  Trump Obama Biden Clinton Bush Reagan Carter Nixon Kennedy Pence Pelosi McConnell Schumer Sanders
  Buttigieg Klobuchar Gabbard Steyer O'Rourke Delaney Bennet Romney McCain
  Cruz Rubio Haley Pompeo Tillerson Mattis Esper Barr Mueller Comey Flynn Manafort Giuliani
  Kushner Bolton Mnuchin Kudlow Navarro Fauci Birx Azar Redfield DeVos Meadows
  Mulvaney Spicer McEnany Kavanaugh Gorsuch Ginsburg Alito Sotomayor Kagan Breyer
  Schiff Nadler Ocasio-Cortez Omar Tlaib Pressley Nunes Gaetz Jeffords Murkowski Manchin Sinema
  Cuomo Newsom Whitmer DeSantis Pritzker Inslee Putin Medvedev Lavrov Peskov Navalny Merkel
  Macron Hollande Sarkozy Corbyn Cameron Blair Trudeau Netanyahu Gantz Erdogan Assad Rouhani
  Khamenei Zarif Soleimani Suleimani Modi Zelensky Zelenskiy Poroshenko Lukashenko Maduro Guaido
  Bolsonaro Lula Duterte Sisi Guterres Tedros Lagarde Draghi Juncker Tusk Stoltenberg
  Bezos Musk Zuckerberg Buffett Dorsey Pichai Nadella Epstein Weinstein Assange
  `
    .split(/\s+/)
    .filter(Boolean),
);
