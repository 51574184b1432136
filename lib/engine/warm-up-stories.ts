/**
 * Stories the background reads when it starts (warm-up-article.ts), written for that purpose and for nothing
 * else: they change no answer, only how much of the engine V8 has compiled before a reader's first article.
 * Each is in the shape of a kind of coverage the engine meets (a wire story on each event, an explainer that
 * looks back, a brief with its own datelines), so that between them they run the engine's paths: names with
 * titles and without, figures in digits and in words, days, times in several clocks, ranges, attributions
 * of every form, tolls of both sides, other strikes recalled. A path first met in a reader's article costs
 * its compilation there: with the first story alone, a reader's first 1k-word article took about 40 ms in
 * Node; with all of them, about 15 (scripts/bench/cold.ts).
 */

/** The 2021 strike, as a wire story. */
const WIRE_2021 = `US jets strike militia sites in eastern Syria

WASHINGTON, Feb 26 — The United States carried out an air strike on Thursday on buildings in eastern Syria used by Iran-backed militias, the Pentagon said, in what officials described as a response to rocket attacks on American forces in Iraq.

Pentagon press secretary John Kirby said the strike, ordered by President Joe Biden, destroyed multiple facilities at a border crossing used by Kataib Hezbollah and Kataib Sayyid al-Shuhada. Defense Secretary Lloyd Austin told reporters he was confident the target was used by the same Shia militia that carried out the attacks.

Two F-15E Strike Eagles dropped seven precision-guided munitions near Abu Kamal at about 6 p.m. Eastern time, a US official said. The Syrian Observatory for Human Rights, a war monitor based in Britain, said at least 22 fighters were killed, while a militia official said one member died and several were wounded.

The strike followed a rocket attack on February 15 near the airport in Erbil, in the Kurdistan region of Iraq, which killed a civilian contractor and wounded a US service member and several other contractors. Syria's foreign ministry condemned the raid, and Iraq said it had not shared intelligence for it.

It was the first known military action by the Biden administration, five weeks after the president took office.`;

/** The 2023 strike, as a wire story with a defence official's briefing. */
const WIRE_2023 = `Pentagon: US F-16s hit Iran-linked depots near Boukamal

By our staff | October 27, 2023 | 9:40 AM EDT

WASHINGTON (AP) — Two American F-16 fighter jets struck a weapons storage site and an ammunition depot near Abu Kamal in eastern Syria early Friday, around 4:30 a.m. local time, the Pentagon said, hitting facilities it tied to Iran's Islamic Revolutionary Guard Corps and the groups it backs.

Defense Secretary Lloyd J. Austin III called them "precision self-defense strikes" and said President Biden had directed them to make clear that the United States will defend its people. Austin said the strikes were separate from the war between Israel and Hamas.

Since October 17, US and coalition forces in Iraq and Syria have come under attack at least 19 times by drones and rockets, Brig. Gen. Pat Ryder, the Pentagon press secretary, told reporters. Twenty-one US personnel suffered minor injuries, most of them at al-Tanf garrison and Al Asad Air Base, and all have returned to duty, he said.

A US contractor died of cardiac arrest while sheltering from a possible drone attack that turned out to be a false alarm, Ryder added. Asked about casualties from the strikes, a senior defense official said the Pentagon did not yet have an assessment.

The Syrian Observatory for Human Rights did not give a toll on Friday. Iran's foreign minister, Hossein Amir-Abdollahian, had warned at the United Nations on Thursday that Washington would "not be spared" if the war in Gaza went on.`;

/** An explainer that looks back on the 2021 strike and the strikes before it, with the tolls of both sides. */
const EXPLAINER = `Analysis: Why Biden's first strike landed on the Syria-Iraq border

The attack on the night of 25 February 2021 was small by the standards of the region: seven 500-pound bombs, a handful of buildings, a border post at al-Bukamal. But the White House press secretary, Jen Psaki, said it sent an unambiguous message, and Democrats in Congress asked why the president had not come to them first.

Senator Tim Kaine, a Virginia Democrat, said offensive action without approval from Congress was not constitutional absent extraordinary circumstances. In a Feb. 27 letter to Congress, Biden said he had acted under his authority as commander in chief.

How many died is still disputed. The UK-based Syrian Observatory put the toll at 22, most of them members of Kataib Hezbollah, one of the factions of the Popular Mobilisation Forces, known in Arabic as al-Hashd al-Shaabi. Kataib Hezbollah itself announced one "martyr", a fighter it named, and said four others were hurt. The Pentagon gave no number of its own.

Between February 15 and February 22, rockets hit the airport at Erbil, a base north of Baghdad and the Green Zone, where the US embassy stands. The Erbil attack killed a Filipino contractor working with the coalition.

The last time Washington had hit the same groups on that scale was in December 2019, when strikes ordered by President Donald Trump killed 25 fighters. A few days later a US drone killed Qassem Soleimani, the commander of Iran's Quds Force, at Baghdad airport. Former President Barack Obama had also sent aircraft against the Islamic State in the area in 2014.`;

/** A brief with datelines, a correction and figures in words, as news sites run them. */
const BRIEF = `World briefing, 26 February 2021: a US strike in Syria, reactions and the toll

DAMASCUS, Syria — Syria's state news agency SANA said on Friday that the "American aggression" near Al-Bokamal had caused losses, without giving a number. The ministry called it a flagrant violation of international law.

MOSCOW — Russia's foreign minister Sergei Lavrov said the Russian military received only four or five minutes' warning before the strike, which he said was not enough.

BAGHDAD — A spokesman for Iraq's joint operations command denied that Baghdad had shared any intelligence with Washington ahead of the raid. Two Iraqi officials, speaking on condition of anonymity, said the strike came at about 2300 GMT.

Correction: An earlier version of this brief said 17 people were killed, citing a monitor; the Syrian Observatory later raised its count to 22. According to the group, three trucks carrying ammunition were also destroyed.

A militia commander told a Lebanese television station that one fighter was killed.`;

export const WARM_UP_STORIES: readonly string[] = [WIRE_2021, WIRE_2023, EXPLAINER, BRIEF];
