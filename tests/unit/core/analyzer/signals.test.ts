import { describe, expect, it } from 'vitest';
import { analyzeNote } from '@/src/core/analyzer';
import type { Recipient } from '@/src/core/model';
import { codes, judgedAs, personalBy, reason, verdict } from './judged';


describe('references graded by their topic', () => {
  it('one piece of their work with a broad topic leans personal, and says what it mentions', () => {
    const note = 'Hi Dana, I saw your post about remote work.';
    const r = reason(note, 'topic-reference');
    expect(r?.text).toMatch(/^Mentions your post about remote work/);
    expect(verdict(note)).toBe('personal');
  });
  it('weighs the topic: one catch-all word is weaker than a few words', () => {
    const weak = analyzeNote('Hi Bo, I enjoyed your post on leadership.').score;
    const broader = analyzeNote('Hi Bo, I enjoyed your post on hiring your first designer.').score;
    expect(broader).toBeGreaterThan(weak);
  });
  it('plural catch-alls, platforms and references with nothing said are vague', () => {
    for (const note of [
      'Hi Bo, I enjoy your posts on leadership. Would love to connect.',
      'Hi Maya, I watched your talk on YouTube. Great insights!',
      'Hi Oren, your newsletter is one of the few I actually read. Let us connect!',
      'Hi Tal, I finally read your article and enjoyed it a lot.',
    ]) {
      expect(codes(note), note).toContain('vague-reference');
      expect(verdict(note), note).toBe('template');
    }
  });
  it('a named event after the talk makes it specific', () => {
    expect(codes('Hi Dev, your talk at JSConf Budapest was the highlight of day two.')).toContain('specific');
  });
  it('a name with a slash or an ampersand is still the thing referred to', () => {
    expect(reason('Hi Mateo, your Money20/20 Asia panel on payout speed stuck with me.', 'specific')?.text).toMatch(/Money20\/20 Asia panel/);
    expect(reason('Hi Mateo, your R&D talk on sensor drift stuck with me.', 'specific')).toBeDefined();
  });
  it('works with possessives in other languages', () => {
    expect(verdict('Olá Rita, gostei muito do seu artigo sobre logística reversa no e-commerce.')).toBe('personal');
  });
});

describe("a company's work is not the recipient's", () => {
  const recipient = { firstName: 'Ravi', company: 'Figma' };
  it('praise for the employer or its product is a template', () => {
    expect(verdict("Hi Ravi, I've been following Figma's work on Dev Mode and find it compelling. Would be great to connect.", recipient)).toBe('template');
    expect(verdict('Hi Ravi, big fan of what Figma is building. Would love to connect!', recipient)).toBe('template');
  });
  it("the recipient's own (team's) piece of work is specific", () => {
    const note = "Hi Ravi, your team's work on the Dev Mode inspect panel saved our handoffs — the variable export especially.";
    expect(verdict(note, recipient)).toBe('personal');
    expect(codes(note, recipient)).toContain('specific');
  });
});

describe('ties from life', () => {
  it.each([
    'Hi Paolo, our kids are in the same class — see you at pickup!',
    'Hi Sofie, my husband Tom works with you and says hi.',
    "Hi Lev, I'm Mila's dad from the chess club.",
    'Hi Ines, we were flatmates in Leeds back in 2012.',
    'Hi Rohan, you were my mentor during my first internship.',
    'Hi Gabi, we worked on the onboarding flow together for two years.',
    'Bonjour Luc, nos enfants sont dans la même école.',
    'Hola Ana, mi hermano me habló de ti.',
  ])('%s', personalBy('personal-tie'));
  it('points the span at the tie', () => {
    const note = 'Hi Leon, our sons play in the same hockey team.';
    const r = reason(note, 'personal-tie');
    expect(note.slice(...r!.span!)).toMatch(/^our sons play/);
  });
  it('profile facts are not ties', () => {
    expect(codes('Hi Keiko, we both studied at Waseda. Would love to connect!')).not.toContain('personal-tie');
    expect(codes('Hi Owen, we are both in SaaS sales in Austin.')).not.toContain('personal-tie');
  });
});

describe('moments two people shared', () => {
  it.each([
    'hey, we got stuck in the lift at the hotel during the storm. small world!',
    'From the hackathon snack table at 2am — hi!',
    'hi, we shared a cab from the airport and talked about sourdough starters the whole way',
    'Hi Ada, I was the one behind you in the coffee line, asking about your lanyard.',
    'hola, estábamos en la misma mesa en la cena de la asociación',
  ])('%s', personalBy('moment'));
  it('points the span at the moment', () => {
    const note = 'Hi Jo, we were both stuck at the registration desk for an hour.';
    const r = reason(note, 'moment');
    expect(note.slice(...r!.span!)).toMatch(/^we were both stuck/);
  });
  it.each([
    'Hi Sam, stop by our booth 42 at the expo next week and grab a free demo!',
    "Hi Lee, I'll be at the dinner on Thursday — would love to meet you there.",
    'Hi Mo, would you like to grab lunch with our team sometime?',
    'Hi Ida, we built the taxi dataset tooling that analysts love. Open to a demo?',
    'Join us at the booth for our product launch!',
  ])('a moment still to come, or a word used for something else, is not one: %s', (note) => {
    expect(codes(note)).not.toContain('moment');
  });
});

describe('lower-case places and favours', () => {
  it('a meeting placed somewhere in lower case is anchored; a venue any event has is not', () => {
    expect(codes('so nice bumping into you at the dog park this morning!')).toContain('met');
    expect(codes('Great meeting you at the conference! Let us stay in touch.')).toContain('met-vague');
    expect(codes('we met at a conference a while back i think, would love to connect')).not.toContain('met');
  });
  it('following up on the sender’s own message is not a meeting', () => {
    expect(codes('hi, following up on my previous message - any thoughts?')).not.toContain('met');
  });
  it('what a reply or a talk was to ("your reply to my question about…", "your comment under my post on…") is its topic', () => {
    expect(codes('your reply to my question in the forum about lease break clauses was so helpful')).toContain('specific');
    expect(codes('your comment under my post about night-shift sleep routines stuck with me')).toContain('specific');
    expect(codes('Hi Al, your approach to leadership is inspiring. Would love to connect.')).not.toContain('specific');
  });
  it('a favour done for the sender is a deed; thanks for connecting is not', () => {
    expect(reason('thanks again for jumping my car in the garage on friday', 'details')?.text).toMatch(/thanks again for jumping my/);
    expect(reason('you left a lovely review on my bakery page, thank you', 'details')?.text).toMatch(/you left a lovely review/);
    expect(reason('Thanks for accepting my request, Dan! Looking forward to connecting.', 'details')?.text ?? '').not.toMatch(/accepting/);
  });
});

describe('questions about something the recipient did', () => {
  it.each([
    'hey! did you ever finish the kayak trailer you were welding in march?',
    'Hi Omar, how did you convince the city to let you paint the underpass mural?',
    'Hallo Jan, hast du den Bug mit den Zeitzonen im Kalender-Export inzwischen gelöst?',
    'Ciao Sara, alla fine sei riuscita a pubblicare la guida sui sentieri del Carso?',
  ])('%s', personalBy('question'));
  it.each([
    'Hi Ben, did you know 73% of CFOs overpay for SaaS? We can fix that. Open to a chat?',
    'Hi Lia, how did you get started in UX design? Would love to connect and learn.',
    'Hi Tom, what did you think of our proposal for the Q3 campaign?',
    'Hi Ana, did you get a chance to look at my last message?',
    'Hi Kai, are you open to exploring new opportunities in data engineering?',
    'Hi Eve, we helped a team like yours ship faster. How did you handle releases?',
  ])('questions any inbox gets are not: %s', (note) => {
    expect(codes(note)).not.toContain('question');
  });
});

describe('what the recipient did for the sender', () => {
  it('"you asked", "you toured" and "thx for the tip" are their deeds', () => {
    expect(reason('Hi Nora, you asked me to send over the parking rota, so here I am.', 'details')?.text).toMatch(/you asked/);
    expect(reason('Hi Raj, you toured our plant with the interns; glad it was useful.', 'details')?.text).toMatch(/you toured/);
    expect(reason('thx for the tip about pinning the node version, fixed our builds', 'details')?.text).toMatch(/thx for the tip/);
  });
  it('building a career, even an incredible one, is not a deed', () => {
    expect(codes("Hi Lauren, you've built an incredible career. I'd love to connect.")).not.toContain('details');
    expect(reason("Hi Lauren, you've built an incredible sandbox for the robotics club.", 'details')?.text).toMatch(/you've built/);
  });
  it('a deed counts for more when the sentence says what it was', () => {
    const what = "Hi Ola, I'd like to add you to my professional network. Also, thank you for fixing the leap-year bug in the shift planner — it saved our rota.";
    const vague = "Hi Ola, I'd like to add you to my professional network. Also, saw you posted about AI — great insights!";
    expect(verdict(what)).toBe('personal');
    expect(verdict(vague)).toBe('template');
    expect(reason(what, 'details')!.text).toMatch(/thank you for fixing/);
  });
  it('"the one from" in Spanish, Portuguese and Italian is a tie, a job title is not', () => {
    expect(codes('hola, soy la de la clase de cerámica del martes')).toContain('personal-tie');
    expect(codes('ciao, sono il tizio che ti ha prestato il cavo al convegno')).toContain('personal-tie');
    expect(codes('Hola Ana, soy el director comercial en Acme y quería presentarme.')).not.toContain('personal-tie');
  });
});

describe('names in sentences about the sender', () => {
  it('product, client and employer names in a pitch do not make it specific', () => {
    const note = "Hi Bianca, I lead partnerships at CloudNova, an AWS Partner. We've helped Netflix and Zoom migrate workloads. Do you have 20 minutes next week?";
    expect(verdict(note)).toBe('template');
    expect(reason(note, 'details')?.text ?? '').toMatch(/CloudNova/);
  });
  it('counts the same names fully when the sentence is about the recipient', () => {
    const about = analyzeNote('Hi Bianca, I saw you at the CloudNova booth at AWS Summit Berlin.').score;
    const self = analyzeNote('Hi Bianca, I work at CloudNova and we go to AWS Summit Berlin.').score;
    expect(about).toBeGreaterThan(self);
  });
  it('a sender introducing themselves ("this is Tom from …") names their own company', () => {
    const intro = analyzeNote('Hi Dana, this is Tom from Acme Analytics. We help retailers cut churn.').score;
    const about = analyzeNote('Hi Dana, saw you with Tom at Acme Analytics. We help retailers cut churn.').score;
    expect(verdict('Hi Dana, this is Tom from Acme Analytics. We help retailers cut churn.')).toBe('template');
    expect(about).toBeGreaterThan(intro);
  });
  it('a day still to come is a meeting request, not a detail', () => {
    expect(reason('Hi Jo, are you free next Thursday?', 'details')).toBeUndefined();
    expect(reason('Hi Jo, good to chat on Thursday about the pilot.', 'met')).toBeDefined();
  });
});

describe('meetings in other languages', () => {
  it.each([
    'Hallo Sven, wir haben uns letzte Woche beim Stammtisch in Köln getroffen.',
    'Bonjour Inès, nous nous sommes croisées au salon du livre de Montreuil samedi.',
    'Hola Javier, nos conocimos en la cena de antiguos alumnos el viernes.',
    'Olá Thiago, nos conhecemos no churrasco do Marcos no sábado.',
    'Ciao Chiara, ci siamo conosciute al corso di ceramica a Bologna.',
  ])('%s', personalBy('met'));
  it('foreign pitches and recruiter lines are templates', () => {
    for (const note of [
      'Guten Tag Herr Wolf, wir unterstützen mittelständische Unternehmen bei der Digitalisierung. Hätten Sie Zeit für ein kurzes Telefonat?',
      'Hola Raúl, soy reclutadora y tengo una oportunidad laboral que encaja con tu perfil.',
    ])
      expect(verdict(note), note).toBe('template');
  });
});

describe('score', () => {
  it('is far from the middle for clear cases and near it for borderline ones', () => {
    expect(analyzeNote('Hi Ana, your RustConf talk about arena allocators in the Servo layout engine was superb.').score).toBeGreaterThanOrEqual(90);
    expect(analyzeNote("Hi Ana, I'd like to add you to my professional network.").score).toBeLessThanOrEqual(5);
    const borderline = analyzeNote('Hi Bo, I enjoyed your post on leadership. Would love to connect.').score;
    expect(borderline).toBeGreaterThan(25);
    expect(borderline).toBeLessThan(75);
  });
});

describe('offers and recipient facts, as the composer meter shows them', () => {
  it('an offer to share what worked is not a sales pitch; offering a demo is', () => {
    expect(codes('Hi Amara, your talk at KubeCon on freight routing stayed with me. Happy to share what has worked for us.')).not.toContain('pitch');
    expect(codes('Hi Amara, happy to show you a quick demo of our routing engine this week.')).toContain('pitch');
  });
  it('the company named once is one finding, not also a repeated headline', () => {
    const r = { firstName: 'Amara', company: 'Lumen Freight', headline: 'Head of Platform Engineering at Lumen Freight' };
    const c = codes('Hi Amara, I would like to hear how things go at Lumen Freight.', r);
    expect(c).toContain('recipient-company');
    expect(c).not.toContain('recipient-headline');
    expect(codes('Hi Amara, fellow head of platform engineering here.', r)).toContain('recipient-headline');
  });
});

describe('profile facts in a reference frame', () => {
  it('"your experience in …" restates the headline however many words it takes', () => {
    const note = 'Your background in pediatric oncology clinical trials stood out to me. Keen to be connected.';
    expect(codes(note)).toContain('profile-fact');
    expect(codes(note)).not.toContain('specific');
    expect(verdict(note)).toBe('template');
  });
  it('…unless it names something the profile would not', () => {
    expect(verdict('Your experience moving Zalando’s returns model to hourly batches is exactly what I am stuck on.')).toBe('personal');
  });
});

describe('a reference inside another is one reference', () => {
  it('the team in "your post about growing your data team" is the topic, not a second finding', () => {
    const rs = analyzeNote('Saw your post about growing your data team from two to nine people.').reasons;
    expect(rs.filter((r) => r.code === 'specific' || r.code === 'topic-reference')).toHaveLength(1);
  });
});

describe('mutual contacts with what they said', () => {
  it.each([
    'Hi Jo, Anouk (who ran the design guild with you) told me you rebuilt the icon pipeline.',
    'Took over the billing migration from Pieter last week. He said you know the VAT edge cases best.',
    'Hola Marta, soy amigo de Diego Ruiz, me contó que montaste el banco de alimentos del barrio.',
    'Olá Inês, o Rui Costa disse-me que foi a Inês quem criou o programa de mentoria.',
    "Bonjour Léa, Hugo Martin m'a dit que tu organisais les ateliers de couture.",
  ])('%s', personalBy('mutual'));
  it('a pronoun alone with nobody named is not a mutual contact', () => {
    expect(codes('They said you might be open to a quick call about our platform.')).not.toContain('mutual');
  });
});

describe('what the recipient did for the sender', () => {
  it.each([
    'thanks for reviewing my patch to the tokenizer, the naming nit made it much cleaner',
    'Congrats on shipping dark mode in the Tandem iOS app, the contrast on charts is perfect.',
  ])('%s', judgedAs('personal'));
  it('thanks for connecting is not one', () => {
    expect(verdict('Thanks for connecting! Looking forward to learning from you.')).toBe('template');
  });
});

describe('one point singled out', () => {
  it('"especially the point about …" with what the point was is specific', () => {
    const note = 'Enjoyed your post about hiring - especially the point about paying take-home tasks at contractor rates.';
    expect(reason(note, 'specific')?.text).toMatch(/singles out 'especially the point about paying/);
    expect(verdict(note)).toBe('personal');
  });
  it('a point with nothing said about it is not', () => {
    expect(reason('Loved the part about leadership in your post!', 'specific')).toBeUndefined();
  });
});

describe('meetings in other words', () => {
  it.each([
    "Salut Tom, on s'est croisés au salon du vélo de Lyon, tu testais les freins hydrauliques.",
    "hey, I'm the one who asked about your sourdough starter after the baking class",
    'Hi Liam, the guy from the Gdansk ferry terminal queue here. Hope the van made it!',
  ])('%s', judgedAs('personal'));
  it('"the person from the …" needs a place or thing named to be a meeting', () => {
    expect(reason('Hi Liam, the guy from the Gdansk ferry terminal queue here.', 'met')).toBeDefined();
    expect(reason('Hi Liam, I am the person from the team you might need.', 'met')).toBeUndefined();
  });
});

describe('pitch and recruiting lines', () => {
  it.each([
    ['Let me show you how Parcelo can cut Nordway Freight’s spot rates by up to 18%. Free for 14 days.', 'pitch'],
    ["We're the leading payroll platform for clinics. Could we chat?", 'pitch'],
    ["I'm hiring for two roles at Medisol in Austin and you'd be a great fit.", 'job-boilerplate'],
    ["I'm a student at Lakeside College majoring in economics. Any advice would be greatly appreciated!", 'job-boilerplate'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
    expect(verdict(note)).toBe('template');
  });
});

describe('slots that look like details', () => {
  it('headline words are slots, even as names or compounds', () => {
    const recipient = { firstName: 'Mo', headline: 'Staff Engineer | Event-Sourcing | Kubernetes' };
    const note = 'Hi Mo, your expertise in event-sourcing and Kubernetes stood out. Happy to connect.';
    expect(verdict(note, recipient)).toBe('template');
    expect(verdict(note)).toBe('personal'); // without the headline the same words read as named things
  });
  it('a quoted headline is not a quoted title', () => {
    const recipient = { firstName: 'Ada', headline: 'Turning messy data into clear decisions' };
    expect(verdict("Hi Ada, your headline 'Turning messy data into clear decisions' says it all! Let's connect.", recipient)).toBe('template');
  });
  it("the employer's news is not the recipient's work", () => {
    expect(codes('Hi Jon, your company just crossed 500 customers, impressive! We help teams like yours close faster.')).toContain('profile-fact');
  });
  it('praise words do not make names or topics', () => {
    expect(verdict('Hi Kai, saw your post pop up, really thought-provoking stuff. Connect?')).toBe('template');
    expect(verdict('Hi Kai, I saw your webinar, amazing!')).toBe('template');
    expect(verdict('Your content on marketing is always 🔥 Keep it up!')).toBe('template');
  });
  it('a route-setting tool is still a thing with a name', () => {
    expect(codes('Ines said you know the route-setting software best.')).toContain('details');
  });
});

describe('deeds in other words and languages', () => {
  it.each([
    'the thread where you argued that retries belong in the client changed our design review',
    'Grazie per aver risposto alla mia domanda sul forum di Svelte, funziona!',
    'Gracias por responder a mi pregunta sobre los índices parciales en el grupo de Postgres.',
    'Complimenti per la guida che hai scritto sui giardini verticali, la parte sulle pompe è chiarissima.',
    'the linter you maintain (tidy-sql) caught a bug in our migrations today',
    'Noticed you were the organiser of the repair café in Ghent, such a good format.',
  ])('%s', judgedAs('personal'));
});

describe('students and webinars', () => {
  it.each([
    'Buongiorno, sono uno studente di Economia a Bologna e sto cercando uno stage in marketing.',
    'Dear Sir, kindly consider me for any suitable opportunities at your firm.',
    'Je vous invite à notre webinaire gratuit « Vendre en 2026 » le 4 mars. Places limitées !',
  ])('%s', judgedAs('template'));
});

describe('what a reference does not name', () => {
  it('a venue is not a topic', () => {
    expect(verdict('Caught your talk at the summit — great points!')).toBe('template');
    expect(verdict('Caught your talk at the summit on Zig comptime allocators.')).toBe('personal');
  });
  it('a dash or colon moves on from the topic', () => {
    expect(codes('Would love to follow your work — no agenda, just genuinely appreciate your thinking.')).not.toContain('specific');
  });
  it('a date says when, not which', () => {
    const recipient = { firstName: 'Femi', headline: 'Head of Talent Acquisition' };
    expect(verdict('I read your post on talent acquisition last week. Would love to connect.', recipient)).toBe('template');
  });
  it('"your team\'s X" is read as X', () => {
    expect(codes("Your team's redesign of the checkout flow in the Kestrel app is lovely.")).toContain('specific');
  });
});

describe('slots and pronouns in other shapes', () => {
  it('accented bracket slots are placeholders', () => {
    expect(codes('Bonjour [Prénom], ravi de me connecter !')).toContain('placeholder');
  });
  it('a mutual referred to as she or he', () => {
    expect(codes("I'm connected with Hannah Cole and she suggested I reach out about your payments work.")).toContain('mutual');
  });
  it('German greetings and sign-offs are not names', () => {
    expect(codes('Guten Tag, gerne würde ich mich mit Ihnen vernetzen. Beste Grüße')).not.toContain('details');
  });
});

describe('a seller who cites one piece of work', () => {
  it('is writing to that person: the pitch weighs less next to a specific reference', () => {
    const note = "Your write-up on retiring the Android tablet app was the most honest post-mortem I've read. I'm a recruiter and we're hiring senior PMs.";
    expect(verdict(note)).toBe('personal');
    expect(verdict("I'm a recruiter and we're hiring senior PMs. Would love to connect.")).toBe('template');
  });
});

describe('help received, people placed, stages shared', () => {
  it.each([
    'Thanks for the detailed feedback after my design critique — the spacing note was spot on.',
    'thanks for the PR that fixed the DST bug in cron-lite, our nightly jobs run again',
    "Hi Liam — I'm the guy from the airport charging station in Oslo 👋",
    'Hi Noah, we shared the panel on hiring juniors at DevDays Riga. Your point about pairing was better than mine.',
    'Buongiorno Dott. Neri, ho letto il suo articolo sul credito d’imposta per le PMI tessili: molto chiaro.',
  ])('%s', judgedAs('personal'));
  it('thanks for connecting or accepting are not help received', () => {
    expect(verdict('Thanks for the connection! Looking forward to your posts.')).toBe('template');
  });
});

describe('German nouns, surnames and job titles are not names', () => {
  it('a German note’s everyday nouns are not named things; a long specific compound still is', () => {
    const generic = 'Hallo Lea, ich bin auf dein Profil gestoßen und finde deinen Hintergrund im Bereich Logistik sehr spannend. Freue mich auf den Austausch.';
    expect(reason(generic, 'details')).toBeUndefined();
    expect(verdict(generic)).toBe('template');
    const specific = 'Hallo Lea, deine Bachelorarbeit über Lärmschutzwände an Bahnbrücken hat mir bei meinem Projekt sehr geholfen. Danke!';
    expect(reason(specific, 'details')?.text).toMatch(/Bachelorarbeit|Lärmschutzwände/);
  });
  it('the same capitalised words in an English note are still names', () => {
    expect(reason('Coffee soon? Position Paper Co and Interesse Labs both asked about grid storage.', 'details')?.text).toMatch(/Position|Interesse/);
  });
  it('the surname after the greeting is the recipient’s', () => {
    const recipient = { firstName: 'Jonas' };
    expect(reason('Guten Tag Jonas Albrecht, gerne würde ich mich mit Ihnen vernetzen.', 'details', recipient)).toBeUndefined();
    expect(reason('Dear Jonas Albrecht, I would like to connect.', 'details', recipient)).toBeUndefined();
  });
  it('a job title is a slot, not a named thing; a named team is not a title', () => {
    expect(reason('Hi Ana, as a Senior Data Engineer you might like this. Would love to connect.', 'details')).toBeUndefined();
    expect(reason('Hi Ana, the Growth Engineering Guild meets on Friday, see you there.', 'details')).toBeDefined();
  });
});

describe('what any pitch says of anyone', () => {
  it('generic compounds (open-source, fast-growing, data-driven) are not named things; a real compound is', () => {
    expect(verdict('Hi! Loved your work on the open-source project. Want to chat about a role?')).toBe('template');
    expect(reason('We help fast-growing, data-driven teams ship. Interested?', 'details')).toBeUndefined();
    expect(reason('Coffee soon? Still thinking about cold-chain sensors.', 'details')?.text).toMatch(/cold-chain/);
  });
  it('what the sender’s company specializes in or builds is a pitch line', () => {
    expect(codes('Hi Mercy, clinics lose hours to triage. We specialize in offline workflow engines for clinics.')).toContain('pitch');
    expect(codes('Hola Sofia, nos especializamos en prácticas de CI/CD para equipos como el tuyo.')).toContain('pitch');
    expect(codes('Hi Ravi, we build training programs for plant managers. Open to a chat?')).toContain('pitch');
  });
  it('"it’s Reese from …" is the sender introducing themselves, so those names describe the sender', () => {
    const self = analyzeNote("Hey, it's Reese from Future Labs Institute. Would Acme's team join our roundtable?").score;
    const other = analyzeNote("Hey, ask Reese from Future Labs Institute. Would Acme's team join our roundtable?").score;
    expect(self).toBeLessThan(other);
  });
  it('a capital after the greeting starts the note, not a name', () => {
    expect(reason('Hi Boris, Loved seeing your profile. Would love to connect.', 'details')).toBeUndefined();
  });
  it('a hard-wrapped line goes on with the same sentence', () => {
    const wrapped = 'Hi Sam, I am an engineer with\nexperience in inference optimization (15x speedup on Kafka). Would love to connect.';
    const flat = wrapped.replace('\n', ' ');
    expect(analyzeNote(wrapped).score).toBe(analyzeNote(flat).score);
  });
  it('a named person who said we should connect is a mutual contact', () => {
    expect(codes('Hi Aaron — Bethany mentioned we should connect. Building Runner; coffee?')).toContain('mutual');
  });
});

describe('events of one field, points and talks congratulated on', () => {
  it('a meeting at an event of one field says where; a bare venue does not', () => {
    expect(codes('Great chatting at the ML meetup')).toContain('met');
    expect(verdict('Loved our chat at the design summit. Coffee soon?')).toBe('personal');
    expect(codes('Great meeting you at the conference!')).toContain('met-vague');
    expect(codes('Great meeting you at the networking event!')).toContain('met-vague');
    expect(codes('Great meeting you at the tech conference!')).toContain('met-vague');
  });
  it('"especially about" with what the point was singles it out; without it, it does not', () => {
    expect(verdict('Your take on sales automation was spot on, especially about balancing personalization with scale.')).toBe('personal');
    expect(codes('Your take on sales was spot on, especially about sales.')).not.toContain('specific');
  });
  it('congratulations on a talk with its subject are a reference to it; on a bare talk they are not', () => {
    expect(codes('Amira, congrats on the cold storage retrofit talk. Happy to send a benchmark.')).toContain('specific');
    expect(codes('Amira, congrats on the talk!')).not.toContain('specific');
  });
});

describe('invitations, awards, openings; favours and uses; X left in; booths and old ties', () => {
  it.each([
    ["Hi Paula, we'd love to invite you to speak at our summit in Chicago. Let's connect!", 'pitch'],
    ["Hi David, congratulations on Acme being named 'Best Place to Work'! Perhaps we could exchange ideas?", 'pitch'],
    ['Dear Professor Lind, I am very interested in whether there are openings in your lab next year.', 'job-boilerplate'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
    expect(verdict(note)).toBe('template');
  });
  it('what they offered, and the sender using what they made, are things they did', () => {
    expect(codes('Great meeting you. I would love to take you up on that investor intro.')).toContain('details');
    const used = analyzeNote("Hi Harrison, I've been using it for real estate chatbot orchestration and appreciate the routing design.");
    expect(used.reasons.find((r) => r.code === 'details')?.text).toMatch(/using it/);
  });
  it('a topic left as X is an unfilled slot; "on X" is the platform', () => {
    expect(codes('Hi, enjoyed your post about X!')).toContain('placeholder');
    expect(codes('Hi, your thread on X about Zig allocators was great.')).not.toContain('placeholder');
    expect(codes('We met at Series X in Lisbon.')).not.toContain('placeholder');
  });
  it('a visit to the booth is a meeting when it says where or what', () => {
    expect(codes('Thanks for stopping by our booth at FleetSummit, here is the overview we discussed.')).toContain('met');
  });
  it('"do you remember me from high school?" is a tie from life', () => {
    expect(codes('Hello, do you remember me from high school?')).toContain('personal-tie');
  });
});

describe('a part named by what it showed, an effect told in words, where someone sat', () => {
  it('"the slide with the cost curve…" singles out a part; "the slide about leadership" does not', () => {
    expect(verdict('Hi Tom, the slide with the cost curve for heat pumps in your keynote was eye-opening.')).toBe('personal');
    // (Its verdict is the words' to tip: the rules find nothing singled out.)
    expect(codes('Hi Tom, the slide about leadership in your keynote was great.')).not.toContain('specific');
  });
  it('what a piece did for the sender, told in enough words, makes the reference specific', () => {
    expect(codes('Your talk convinced our team to drop microservices for a modular monolith.')).toContain('specific');
    expect(verdict('Your article helped me a lot, would love to connect.')).toBe('template');
    expect(verdict('Your post inspired me to grow my network and connect with professionals.')).toBe('template');
  });
  it('sitting behind someone at a named place is a meeting', () => {
    expect(codes('Sat behind you at the city council meeting on bike lanes.')).toContain('met');
  });
});

describe('more kinds of work, in more languages', () => {
  it.each([
    'saw your mural on Elm street going up, the fox is amazing',
    'Tu presentación sobre riego por goteo en la feria de Zaragoza me abrió los ojos.',
    'Ich war in deinem Erste-Hilfe-Kurs letzten Monat, danke für die Geduld!',
    'Vi sua live sobre finanças para autônomos e comecei a separar a reserva de emergência.',
  ])('%s', judgedAs('personal'));
  it('a shout-out or a mention is something they did for the sender', () => {
    expect(codes('thanks for the shoutout in your newsletter!!')).toContain('details');
  });
});

describe('their work named with "the" or "that"', () => {
  it.each([
    'the sourdough hydration chart lives on my fridge now',
    'that hedge-laying video changed my whole winter',
    'me encantó el hilo sobre cómo cambiaste las tutorías en tu instituto de Zaragoza',
    "La photo de l'atelier avec les outils suspendus sur le panneau en chêne, c'est toi qui as fabriqué le râtelier ?",
  ])('%s', (note) => expect(codes(note)).toContain('specific'));
  it('counts only when it says which, is not plural, and is not the sender’s own', () => {
    expect(codes('I read the article and loved it. Would love to connect.')).not.toContain('specific');
    expect(codes('I was at the meetup. The demos on Firebase Agent Skills stuck with me.')).not.toContain('specific');
    expect(codes('Happy to send the case study on cold-chain retrofits for Nordic grocers.')).not.toContain('specific');
    expect(codes('I worked with Siemens on the Proton Accelerator project. Open to opportunities.')).not.toContain('specific');
    expect(codes('Hi Ana, the report we published on Nordic grid storage might interest you.')).not.toContain('specific');
  });
});

describe('favours, deeds for the sender, customers, parts singled out', () => {
  it.each([
    'thanks again for the spare pump at mile 60',
    'Thank you for the hour on the phone explaining tax for sole traders. First return done!',
    'Thanks for spotting the error in our methods section at journal club, it saved us.',
    'thanks for jump starting my car in the Asda car park lol',
    'We were in the same intake, you dragged me through the bleep test.',
    'I saw you donated to the hospice fundraiser, thank you so much.',
    'We put your soil probes in this spring. The battery life claim is real.',
    'Compré tu cerámica en el mercado de Sant Antoni y la taza azul es la que uso cada mañana',
    'The dovetail video, specifically the trick of setting the marking gauge off by a hair, fixed my gaps.',
    'the joke about the bus driver at the end of your keynote 😂',
    'I disagree with the argument that nurse ratios matter less than skill mix, but it is thoughtful.',
  ])('%s', judgedAs('personal'));
  it.each([
    'Thanks for the opportunity to connect with you.',
    "Hi, I see you visited my profile. Let's connect!",
    'Hi, I noticed you viewed my profile. Would love to connect.',
    'Thanks for the connection on LinkedIn, happy to be in touch.',
  ])('%s', judgedAs('template'));
});

describe('ties, mutuals and slots in more shapes', () => {
  it.each([
    'You were my first manager at the call centre and let me swap shifts for my exams.',
    'Old neighbour from Elm Road here, hope the garden is well.',
    "Ellie's dad here, she hasn't stopped talking about your chemistry club!",
    'We did nights together on Ward 9 at the Royal in 2018.',
    'eravamo vicini di banco al liceo Volta! che bello ritrovarti qui',
    "salut ! on était dans la même promo à l'IFSI de Lyon en 2016",
    'servus! wir waren zusammen auf der Meisterschule in Augsburg',
    'Mi cuñado Andrés trabaja contigo en el despacho.',
  ])('a tie: %s', (note) => expect(codes(note)).toContain('personal-tie'));
  it.each([
    'Hi Lena, Marta from choir said you might have a spare wheel on Wednesdays?',
    'Ngozi passed me your name when I said I wanted to retrain as a midwife.',
    'Kofi from my running club raves about your physio clinic.',
  ])('a mutual: %s', (note) => expect(codes(note)).toContain('mutual'));
  it('a French "Salut !" is not a greeting with the name left out; "Hi ," still is', () => {
    expect(codes('Salut ! Ravi de te croiser ici.')).not.toContain('merge-artifact');
    expect(codes('Hi , great to connect.')).toContain('merge-artifact');
  });
  it('"<name of org>" is an unfilled slot', () => {
    expect(codes('We did that volunteer project together for <name of org>.')).toContain('placeholder');
  });
  it('"for a while" says how long, not what about', () => {
    expect(verdict("I've been following your content for a while and always find it valuable. Would love to connect!")).toBe('template');
  });
  it('invitations to an event and German "wir helfen Ihnen" are pitches', () => {
    expect(codes("Hi Amy, I'd love to invite you to our monthly networking breakfast.")).toContain('pitch');
    expect(codes('Wir helfen Ihnen, offene Stellen 40 % schneller zu besetzen.')).toContain('pitch');
  });
  it('a date alone does not make a vague meeting personal', () => {
    expect(verdict('Great to meet you at the event last week! Let’s stay in touch.')).toBe('template');
  });
  it('"your second point" with what it said singles it out', () => {
    expect(verdict('Your second point, that newly qualified teachers need fewer observations, started a debate in our staffroom.')).toBe('personal');
  });
});

describe('job postings, prices, skills lists and old haunts', () => {
  it.each([
    'Olá Marcos, vi a vaga de Engenheiro de Dados na Stone. Adoraria me conectar.',
    'Hola Sebastián! Estamos buscando un Senior Backend Engineer para TechCorp, 100% remoto.',
    'Olá Renata, posso criar 12 posts para seu Instagram por apenas R$ 400/mês. Quer ver 3 exemplos gratuitos?',
    "Fellow Wharton '28 here, found you through the alumni directory.",
    "Hi! I came across your profile and I'm impressed by your experience with React and TypeScript.",
    'Hi Ben, I have been following your work in B2B payments and would love to connect.',
  ])('%s', judgedAs('template'));
  it('experience told by what it did is still specific', () => {
    expect(verdict("Hi Kofi, impressed by your experience in moving Jumia's returns forecast from spreadsheets to a daily model.")).toBe('personal');
  });
  it.each([
    'Was just in that Chinese place where we used to get lunch and it made me think of you',
    'I really enjoyed working with you at the clinic, hope the new job is great.',
  ])('a tie: %s', (note) => expect(codes(note)).toContain('personal-tie'));
  it('a meeting placed right after its preposition ("our chat at the picnic") says where', () => {
    expect(codes('Hope all is well since our chat at the picnic.')).toContain('met');
  });
});

describe('favours and profile readings in other languages; reach as a pitch', () => {
  it.each([
    'Obrigada pela carta de recomendação para o mestrado, fui aceite em Coimbra!',
    'Gracias por revisar mi pull request del traductor, el caso de las tildes no lo había visto.',
  ])('%s', judgedAs('personal'));
  it.each([
    ['Hola Paola, vi que reclutas para tecnología en Monterrey.', 'profile-fact'],
    ['Ciao Giorgia, ho visto che hai fatto il corso di UX.', 'profile-fact'],
    ['Hi Megan, you might be interested in our classroom software, used by 3,000 schools.', 'pitch'],
  ])('%s', (note, code) => expect(codes(note)).toContain(code));
});

describe('what they decided, found or said, told by its content', () => {
  it.each([
    'Claire, your point that heat-pump demand spikes are a 7am problem rather than a January problem reframed our forecast.',
    'Angela, your decision not to ask for salary history even where it is legal persuaded our leadership.',
    'Your finding that apprenticeship completion fell when wage supplements were paid quarterly bears on my programme.',
    'Wei, I reproduced your ablation where removing the positional bias only hurt past 4k tokens.',
    'your runner autoscaling config saved us ~$4k/month. thanks Dev.',
    'Federica, la sua osservazione al convegno di Federdistribuzione, che l’assenteismo cala quando i turni si scambiano, è giusta.',
    'Ana, o seu modelo de tempo de preparo por restaurante foi a referência do meu TCC.',
    'kai the edge config demo where you flipped the flag live convinced my team.',
  ])('%s', judgedAs('personal'));
  it('a point without what it said, or a generic compound as its content, is not specific', () => {
    expect(verdict('Hi Ana, your point that leadership matters resonated. Would love to connect.')).toBe('template');
    expect(verdict('Hi Anika, your work leading fraud analytics at a fast-growing digital bank is impressive. Would love to connect.', { firstName: 'Anika', headline: 'Head of Fraud Analytics' })).toBe('template');
  });
});

describe('what they said and how they decided, in five languages; pitches and recruiting there too', () => {
  it.each([
    'Carmen, en la mesa redonda dijiste que cerrar el mes en cinco días era una cuestión de cultura.',
    'Rafael, quando você disse que avaliação sem calibração é só sorteio, mudei o processo aqui.',
    'Marco, al pranzo mi hai spiegato perché riscrivete da zero le app acquisite.',
    'Sofía, ¿cómo decidisteis el precio interno del carbono de 50 € por tonelada?',
    'Matteo, come avete deciso di gestire il rischio di credito in tempo reale senza un bureau?',
    'Karen, you were the recruiter who sent me a rejection with two paragraphs of real feedback.',
    'Paula, fuiste la única reclutadora que me llamó para explicarme por qué no pasé la prueba.',
  ])('%s', judgedAs('personal'));
  it.each([
    'Olá Marcelo, convido você para o nosso webinar no dia 10 de junho. Posso enviar o link?',
    'Hola Ignacio, te invito a nuestro evento el 25 de mayo en Madrid. ¿Te reservo una plaza?',
    'Hallo Claudia, am 12. Juni gibt es ein Frühstück in Frankfurt, würden wir Sie gerne einladen.',
    'Hallo Birgit, unsere Lösung hilft Unternehmen wie Trumpf, Stillstände um ein Drittel zu reduzieren.',
    'Bonjour Christophe, notre solution permet de réduire ces coûts de 30 %. Une démo ?',
    'Hola Beatriz, estoy buscando un Senior Frontend Developer en Barcelona. Tu perfil encaja muy bien.',
    'Hi Keira, I specialise in placing senior finance professionals and will keep you in mind for roles.',
    'Hey Brody, are you the right person to talk to about cloud cost optimisation at Deliveroo?',
    "Hi Warren, I'll be at Money20/20 Europe too, so it would be great to meet in Amsterdam.",
    'Hi Lukas, wie ich sehe, haben wir beide an der WHU studiert! Immer schön, andere Alumni zu treffen.',
  ])('%s', judgedAs('template'));
});

describe('how they did it, what they chose, and who the sender is to them', () => {
  it.each([
    'Noah, the way you got two regional couriers in Leeds to share lockers before raising is what I look for.',
    'Chiara, la scelta di dare ai dipendenti il carrello della spesa come welfare ha acceso un dibattito.',
    'Nicolas, j’ai repris ton code d’augmentation de données pour les images satellites.',
    'Fiona, the decision to publish the tax-account design system openly meant our team could reuse it.',
    'Felix, we licensed your Grotesk Mono for our dashboard and the tabular figures are perfect.',
    'timo danke für den tipp mit dem flipper-plugin beim flutter stammtisch 🙏',
    'Victoria, you chaired the breakout at the Economist Impact event where the CEO walked out.',
    'Denise, you told the room at HFMA that your denial rate dropped once coders sat with front-desk staff.',
    'Zoe!! the ambassadors dinner in Lisbon was the highlight of my Web Summit',
    'Holly, my sister Ruth interviewed with you last month and said it was the kindest process.',
  ])('%s', judgedAs('personal'));
  it('"the case study we published" is offered by the sender; "our" later in the sentence does not make it so', () => {
    expect(codes('The decision to publish the tax-account design system meant our team could reuse it.')).toContain('specific');
    expect(codes('Happy to share the case study on cold-chain retrofits for Nordic grocers.')).not.toContain('specific');
  });
  it('"your team cut changeover time" is what they did, not a pitch', () => {
    expect(codes('The way your team cut changeover time with colour-coded carts is something I want to copy.')).not.toContain('pitch');
    expect(codes('We help plants cut changeover time by 30%.')).toContain('pitch');
  });
});

describe('one finding, one reason', () => {
  it('a point singled out inside a reference already counted is not a second reason', () => {
    const r = analyzeNote('Hi Ana, the slide with the cost curve for heat pumps in your keynote was eye-opening.').reasons;
    expect(r.filter((x) => x.code === 'specific')).toHaveLength(1);
  });
});

describe('mutuals after the recipient’s name', () => {
  it('"Giulia, Davide mi ha raccontato…" names Davide, not Giulia', () => {
    const r = reason('Giulia, Davide mi ha raccontato a cena perché avete tolto il cashback dalla home.', 'mutual', { firstName: 'Giulia' });
    expect(r?.text).toMatch(/Davide mi ha raccontato/);
  });
  it('a recipient named as the introducer is passed over without looping', () => {
    expect(reason('We were introduced by Giulia at the fair.', 'mutual', { firstName: 'Giulia' })).toBeUndefined();
    expect(reason('Our mutual friend Giulia, and Marco suggested we talk.', 'mutual', { firstName: 'Giulia' })?.text).toMatch(/Marco suggested/);
  });
  it('"your view that…" with what it said is specific', () => {
    expect(codes('Hayley, your view that CS should own renewals only if they can say no to discounts is a feature we built.')).toContain('specific');
  });
});

describe('short notes: students, users, old memories, and what says nothing', () => {
  it.each([
    'Your teardown of the Humane AI pin with the thermal camera footage was the best review out there.',
    'Hi Sarah, your TikTok explaining sepsis bundles with the kitchen timer analogy got me through my exam',
    'Ray - we use your open-source invoice parser at our small accounting firm. Found a bug, happy to send a PR.',
    'Olá Dra. Beatriz, fui sua aluna de Farmacologia na UFMG em 2018. Obrigada!',
    'Long-time customer at the shop, the wheel truing you did before my Pyrenees trip held up.',
    'great rolling with you at saturday open mat, hope the rib is ok',
    'Katie!! Remember the disastrous raft race at onboarding? Would be good to catch up.',
  ])('%s', judgedAs('personal'));
  it.each([
    'Long-time follower, first-time connector! Love your posts.',
    "Stanford grad too (class of '15)! Always nice to connect with a fellow Cardinal.",
    "Great to see another Boston-based engineer on here, Frank. Let's connect!",
    'Hello Aisha, it was great to be at the same conference last week. Would be nice to stay connected!',
    'Great to meet you in person last week!',
  ])('%s', judgedAs('template'));
  it('"my resume" in a story is not a job search; sending it is', () => {
    expect(codes('She helped me rewrite my resume for SOC roles and I got an interview!')).not.toContain('job-boilerplate');
    expect(codes('I have attached my resume for the analyst role.')).toContain('job-boilerplate');
  });
});

describe('profiles read back, slots in parentheses, who the sender is', () => {
  it.each([
    "Hi Kelsey, I read your headline, 'Helping brands tell better stories', and it really resonates with me. Let's connect!",
    'Hi Sofia, your background in backend engineering and Go stood out. We are hiring. Open to hearing more?',
    "Hi (Name), we met at (Event) last week. It was great chatting with you. Let's stay in touch!",
  ])('%s', judgedAs('template'));
  it.each([
    "Hi Ruth, I'm the new hire who took over your old accounts. Clients still mention your quarterly check-in calls.",
    "Hi Sunita, I'm the parent from the science fair who asked about your robotics club. Is there a waitlist?",
    'Oi Gustavo, o Pedro Alves me indicou você por causa do seu trabalho com crédito rural.',
    "Hi Diane, I'm Jamal's manager at Cisco. He raved about your negotiation workshop.",
    'I came across your profile because you starred my repo tiny-raft, then I saw you wrote the Jepsen-style tests.',
  ])('%s', judgedAs('personal'));
  it('a profile fact ends with its topic, so a reference after it still counts', () => {
    expect(codes('Hi Sofia, your background stood out, especially your open-source rate-limiting library gocap, which we run in production.')).toContain('specific');
  });
});

describe('a topic made of other posts', () => {
  it('"your comment on a mutual connection’s post" names no topic of its own', () => {
    expect(verdict("Hi Gordon, saw your comment on a mutual connection's post and thought I'd reach out. Let's connect!")).toBe('template');
    expect(verdict('Alex, your recent talk on AI governance frameworks resonated. We are tackling the same problem.')).toBe('personal');
  });
});

describe('mixed inboxes: what they did for the sender, titles, invitations and alumni in six languages', () => {
  it.each([
    'Cuando se cayó el sistema en diciembre tú mismo me llamaste para explicarme cómo cobrar sin conexión.',
    'Hoy me acordé de cuando me dejaste reescribir todo el backend a los dos meses de entrar.',
    'You signed off my final placement and told me to go for community. I did.',
    'Sehr geehrter Herr Prof. Krüger, ich habe 2015 bei Ihnen meine Masterarbeit über Mikropitting geschrieben.',
    'Sie haben 2012 meine Bachelorarbeit über Schwingungsdämpfung an Fußgängerbrücken an der TU Graz betreut.',
    'Giulia, che piacere averti conosciuta al cocktail di Camera Moda giovedì.',
    'Giulia, ti scrivo dopo la call di giovedì sul ritardo dei cappotti cammello.',
    'Madame Berthier, votre décision de fermer vos six boutiques le lundi fait parler.',
    'I followed your livestream series on building a toy payment switch in Go.',
    'Our rep Dan tells me your team trialled our bed-sensor mats on AMU last autumn.',
    "Is this the Jake Moreno from Mr. Dutton's homeroom??",
  ])('%s', judgedAs('personal'));
  it.each([
    'Great to see you at the conference, Prof. Krüger. Let’s stay in touch!',
    'Sehr geehrter Herr Prof. Krüger, wir laden Sie herzlich zum Innovationsforum am 5. November ein.',
    'Hola Andrés, te invito al Founders Meetup CDMX el próximo jueves en WeWork Reforma.',
    "Bonsoir Claire, j'organise les Rencontres de l'Artisanat. Nous serions ravis de vous y accueillir.",
    'Andrés, también soy egresado del Tec de Monterrey. ¡Siempre es bueno conectar!',
    'Boa tarde Thiago, também estudei na USP! Sempre bom conectar com ex-alunos.',
    'Hi Siobhan, fellow nursing alumna here! I always try to connect with QUB grads.',
    'Saludos Andrés, soy coach de liderazgo. Muchos founders como tú se sienten solos en la cima.',
    'Gentile dottoressa, cerco uno stage nel buying. Sarei felice di inviarti il CV.',
  ])('%s', judgedAs('template'));
  it('a surname after a title is the addressee’s when it greets them, someone else’s otherwise', () => {
    expect(reason('Sehr geehrter Herr Krüger, gerne würde ich mich mit Ihnen vernetzen.', 'details')).toBeUndefined();
    expect(reason('Wie geht es Ihnen? Frau Prof. Lehmann vom KIT hat mir Ihren Namen gegeben.', 'details')?.text).toMatch(/Lehmann/);
  });
  it('a school that is also the employer is mentioned once', () => {
    const r = analyzeNote('Sie haben meine Arbeit an der TU Graz betreut.', { recipient: { firstName: 'Ulrike', company: 'TU Graz', school: 'TU Graz' } }).reasons;
    expect(r.filter((x) => x.code === 'recipient-company' || x.code === 'recipient-school')).toHaveLength(1);
  });
});

describe('work and deeds outside tech', () => {
  it.each([
    'Our wedding party stayed at the inn in June and you personally fixed the mix-up with the marquee booking at 7am.',
    'Dra. Fernanda, você atendeu minha gata Mimi quando ela engoliu a linha de costura. Obrigada!',
    'Pickle, the rescue greyhound with the broken hock you treated at the out-of-hours clinic, is running again.',
    'Ngozi, the column about a mother’s sewing machine in Saturday’s Family section had me phoning my mum.',
    'Ciao Giulia, ho visto lo spettacolo al Teatro Fabbricone di Prato. La scena con le sedie rovesciate mi è rimasta in testa.',
    'Hola Sergio, el arroz negro que nos serviste el sábado en el Cabanyal fue el mejor de nuestra vida.',
    'Saw you play cello with the Kettering Chamber Players on Saturday. The slow movement was extraordinary.',
    'Lieber Herr Hofmann, Sie waren 1998 mein Klassenlehrer und haben mich zur Physik-Olympiade geschickt.',
    "Ahmed, I'm the beekeeper who emailed about the wildflower strip by the cemetery wall.",
    'Padre Miguel, obrigado pela missa do 7º dia do meu pai. As palavras foram exactamente o que ele era.',
    'Mr Byrne, my dad is the man in the flat cap who asks for westerns at the mobile library stop.',
  ])('%s', judgedAs('personal'));
  it.each([
    'Hi Peter, I came across your profile and would love to connect. Always great to meet others in the arts community.',
    "Hi Ryan, I see you work at Northumbria Police. My brother is thinking of applying, so I'd love to connect.",
    "Hi Rachel, you appear in my 'People you may know' so I thought I'd reach out. Let's connect!",
    "Hi Rebecca, we'd love to feature you in our upcoming directory. A small listing fee applies. Interested?",
    "Ciao Matteo, siamo entrambi nel gruppo 'Allenatori di Calcio Italia'. Colleghiamoci!",
    'Herzlichen Glückwunsch zur neuen Position als Schulleiterin! Viel Erfolg!',
  ])('%s', judgedAs('template'));
});

describe('sellers, recruiters and investors who cite one real thing', () => {
  it.each([
    'Sara, the Bricklane demo where the robot lays a full course around a window opening is the first I have seen.',
    'Ciao Chiara, ho letto la tua domanda nel gruppo Federalberghi su come gestire la stagionalità del cash flow.',
    'Hola Andrés, tu post explicando por qué Rutalia eliminó el chat en vivo me hizo replantear mi proyecto.',
    'Jonah, the newsletter issue explaining why Ferncast priced per warehouse rather than per seat convinced me.',
    'Mina, Anita Rao brought up your name when we discussed the pivot from consumer to clinic scheduling.',
    'Fatima, your AMIA poster on cutting alert fatigue by retiring 140 low-value alerts caught my eye.',
    'Esther, at Demo Day the part about Tallow’s 3 paying hospitals running it without IT involvement stuck with me.',
    'Oi Carol! Sou a Ju do grupo de corrida do Ibirapuera, aquela que torceu o pé na prova de 10k',
  ])('%s', judgedAs('personal'));
  it.each([
    'Hola Pablo, las empresas pierden hasta un 25 % de eficiencia. Nuestra plataforma lo soluciona en semanas.',
    'Ciao Simona, sono il fondatore di una startup che digitalizza i cantieri. Mi piacerebbe un tuo parere.',
    'Hallo Claudia, wir laden ausgewählte Klinikleitungen zu unserem Executive Dinner am 12. März ein.',
    "Hi Monica, we're a full-service digital agency. We've delivered 3x ROI for clients like yours.",
  ])('%s', judgedAs('template'));
  it('plural publications on a field are a feed followed, in French too', () => {
    expect(verdict("J'apprécie beaucoup vos publications sur l'innovation, Olivier. Je serais ravi d'échanger avec vous.", { firstName: 'Olivier' })).toBe('template');
  });
});

describe('hard templates that sound researched', () => {
  it.each([
    'Top-tier hedge fund seeking C++ low-latency developers, $300k+ base, NYC. Your skills jumped out at me, Chris.',
    "68 % des DRH estiment que le recrutement est leur premier défi, Nicolas. Nous réduisons le temps d'embauche de moitié.",
    'Hi Grace, 73% of CFOs say manual reporting slows them down. We automate month-end close in half the time.',
    'Liebe Sabine, Ihr letzter Beitrag hat mich wirklich zum Nachdenken gebracht. Toller Impuls! Gerne würde ich mich vernetzen.',
    "Such a great panel at Slush yesterday! Hi Mikko, I'm connecting with everyone I spotted in the audience.",
    'Buongiorno Alessandro, cerco un Senior Frontend Developer per un cliente a Milano. Il tuo profilo è perfetto.',
    'Your perspective on the evolving role of the CMO is one I keep coming back to, Natasha. Would be honoured to connect.',
    'Hi Anna, your recent post really resonated with me. So much truth in what you shared! Would love to connect.',
  ])('%s', judgedAs('template'));
  it.each([
    "Bonjour Isabelle, Pierre Lemaire m'a dit que vous aviez monté le mentorat des ingénieures, qui a doublé la rétention.",
    'Buongiorno Roberto, al Vinitaly mi ha spiegato la fermentazione in anfora del Grillo.',
    "Brian, I'm hiring a VP Product. Your essay 'Roadmaps are apologies' is why I'm writing to you.",
  ])('%s', (note) => expect(verdict(note, { firstName: 'Brian', headline: 'Writes at roadmaps.substack' })).toBe('personal'));
  it('following up a conversation is a meeting; following up from an event is not', () => {
    expect(codes('Following up on our conversation about tariff pass-through at the port.')).toContain('met');
    expect(codes('Following up from HR Tech, hope you had a great time!')).not.toContain('met');
  });
});

describe('published notes and trades outside tech (mined-tune4 and tune15 rounds)', () => {
  it('"X and I were discussing…, and your name came up" names a mutual contact', () => {
    expect(reason('Hi Owen, Beatriz Lima and I were discussing robotics pilots, and your name came up.', 'mutual')?.text).toMatch(/Beatriz Lima and I were discussing/);
    expect(codes('Hi Owen, we were discussing robotics pilots and your name came up.')).not.toContain('mutual');
  });
  it('something they did, congratulated in Spanish, Portuguese, French and Italian, is a deed; a prize the company got is not', () => {
    for (const note of ['Hola Sam, ¡felicidades por conseguir el segundo puesto en el hackathon!', 'Parabéns por ter lançado o app da cooperativa!', 'Bravo pour avoir gagné le trophée régional !', 'Complimenti per aver vinto la gara di Monza!'])
      expect(reason(note, 'details')?.text, note).toMatch(/^Concrete details: (felicidades|Parabéns|Bravo|Complimenti)/);
    expect(reason('Oi Bia, parabéns pelo prêmio de Melhor Empresa que o iFood recebeu!', 'details')?.text ?? '').not.toMatch(/parabéns/);
  });
  it.each([
    ['Hi Sabine, vernetze mich gerade mit anderen Freelancern im Bereich Texten.', 'generic-phrase'],
    ['Salve, sono un neolaureato in cerca di lavoro nel marketing.', 'job-boilerplate'],
    ['Olá Pedro, seria legal conectar com alumni na mesma indústria.', 'generic-phrase'],
    ['Hallo Christian, wir sind beide Alumni der TU München.', 'generic-phrase'],
    ['Would you be up for a quick Zoom chat next week?', 'pitch'],
    ["Hello Brian, I'm a financial advisor helping professionals like you plan for retirement.", 'pitch'],
    ['Hi Nicole, I would love to invite you as a VIP guest. Let me know if you would like complimentary tickets.', 'pitch'],
    ['Guten Tag Herr Hoffmann, ich lade Sie herzlich zu unserem kostenlosen Webinar am 14. Mai ein.', 'pitch'],
    ['Aiutiamo strutture come la vostra a valorizzare i riconoscimenti online.', 'pitch'],
  ])('%s (%s)', (note, code) => expect(codes(note)).toContain(code));
  it.each([
    'Hi Emily, I read your op-ed in the Star Tribune about rural hospitals closing obstetric units.',
    'Estimada Sofía, su investigación sobre reutilización de aguas grises en viviendas sociales fue muy útil para nuestro proyecto.',
    'Olá Catarina, li a sua crónica no Público sobre a falta de professores em Lisboa.',
  ])('a column, an op-ed or a piece of research of theirs is a reference: %s', (note) => expect(codes(note)).toContain('specific'));
  it('"je suis à la recherche d\'une alternance" is a job search, not their research', () => {
    expect(codes("Bonjour Manon, je suis à la recherche d'une alternance en ressources humaines.")).not.toContain('specific');
  });
});

describe('the line between a profile read and a thing they did (tune16 round)', () => {
  it('a show named as where an episode ran is not what the episode said', () => {
    expect(codes('Chloe, your episode on Lenny’s Podcast was great. Hope we can stay in touch.')).not.toContain('specific');
    expect(codes('Hi Kevin, I enjoyed your episode on The Growth Show about B2B marketing.')).not.toContain('specific');
    expect(codes("Salut Julien, j'ai adoré ton passage dans Tech Café Santé où tu expliques pourquoi Médilink a arrêté la téléconsultation gratuite.")).toContain('specific');
    expect(codes('Hi Barry, I read your interview in the ADU freshman guide where you mention using AI for grading and feedback.')).toContain('specific');
  });
  it('"…and loved it" ends what a reference is about', () => {
    // Only "onboarding" is its topic: one broad word, not enough to single the post out.
    expect(codes('Jo, I read your post on onboarding and loved it.')).toEqual(expect.arrayContaining(['topic-reference']));
    expect(codes('Jo, I read your post on onboarding and loved it.')).not.toContain('specific');
  });
  it("congratulations on the recipient's company news are news every colleague shares, with its details", () => {
    const a = analyzeNote('Sofia, congratulations on Pantry Labs making the Forbes 30 Under 30 list!', { recipient: { firstName: 'Sofia', company: 'Pantry Labs' } });
    expect(a.verdict).toBe('template');
    expect(a.reasons[0].text).toBe('Congratulates your company (Pantry Labs): news every colleague shares');
    expect(a.reasons.map((r) => r.code)).not.toContain('details');
  });
  it.each([
    ['Hi Jordan, I saw you went from bedside nursing to NP. I am considering the same move.', 'profile-fact'],
    ['Bonjour Camille, votre parcours en analyse des risques chez BNP Paribas m’a interpellé.', 'profile-fact'],
    ["Hi Juliana, we're both members of the ICU Nurses group. Let's connect!", 'generic-phrase'],
    ['Olá Juliana, somos do mesmo grupo de Enfermagem em Terapia Intensiva.', 'generic-phrase'],
  ])('%s (%s)', (note, code) => expect(codes(note)).toContain(code));
  it('"we went through … together" is shared history when it says what and where', () => {
    expect(codes('Hey Ryan, we went through Cintas manager training in Cincinnati together in 2019.')).toContain('shared-history');
    expect(codes('Hey Ryan, we went through a lot together.')).not.toContain('shared-history');
  });
  it('"always great to meet Boilermakers" meets a kind of person, not this one', () => {
    expect(codes('Matt, fellow Purdue engineer here. Always great to meet Boilermakers in aerospace!')).not.toContain('met');
    expect(codes('Matt, great to meet you at the Purdue career fair booth yesterday!')).toContain('met');
  });
  it.each([
    'Hi Amanda, we sat together at the workshop and swapped notes on turning webinars into newsletters.',
    'Hi Jonas, wir haben auf der Hannover Messe am Festo-Stand über OPC UA im Brownfield gesprochen.',
  ])('a conversation told by what it was about is a meeting: %s', (note) => expect(codes(note)).toContain('met'));
  it.each([
    "Ciao Francesca, l'esperimento col pendolo che hai condiviso ha conquistato la mia quarta.",
    'Olá Rita, a planilha de escalas que você partilhou salvou o meu mês.',
    'Bonjour Hugo, la fiche sur les probabilités que tu as partagée a cartonné avec mes secondes.',
    'Servus Stefan, deine Eichentreppe, die du gepostet hast, ist der Hammer!',
  ])('what they shared, in four languages, is a deed: %s', (note) => expect(reason(note, 'details')?.text).toMatch(/condiviso|partilhou|partagée|gepostet/));
});
