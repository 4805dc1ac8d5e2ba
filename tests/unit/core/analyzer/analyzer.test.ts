import { describe, expect, it } from 'vitest';
import { analyzeNote, type SeenNote } from '@/src/core/analyzer';
import { crossSender } from '@/src/core/analyzer/cross-sender';
import { judgeNote } from '@/src/core/analyzer/judge';
import { mayCopyTemplate } from '@/src/core/analyzer/library';
import { tokens } from '@/src/core/analyzer/text';
import { meterOf } from '@/src/core/meter';
import type { Recipient } from '@/src/core/model';
import { AnalysisSchema } from '@/src/core/model';

const codes = (note: string, ctx = {}) => analyzeNote(note, ctx).reasons.map((r) => r.code);
const reason = (note: string, code: string, ctx = {}) => analyzeNote(note, ctx).reasons.find((r) => r.code === code);
/** The text a reason's span points at. */
const spanText = (note: string, code: string, ctx = {}) => {
  const r = reason(note, code, ctx);
  return r?.span ? note.slice(r.span[0], r.span[1]) : undefined;
};

describe('empty notes', () => {
  it.each([undefined, null, '', '   ', '\n\t'])('%j is "none" with the reason "No note"', (note) => {
    expect(analyzeNote(note)).toEqual({ verdict: 'none', score: 0, reasons: [{ code: 'no-note', text: 'No note' }] });
  });
});

describe('placeholders', () => {
  it.each(['Hi [Name], loved your talk on Kafka at Devoxx!', 'Hello {{first_name}}, great to meet you.', 'Hi {firstName}, quick question.', 'Dear <First Name>, hello', 'Hi %FIRSTNAME%, hello', 'Hi *|FNAME|*, loved your talk at Devoxx on Kafka!', 'Hi #FirstName#, hello', 'Hi ____, I saw your talk at ____ on Kafka.'])(
    '%s is a template whatever else it says',
    (note) => {
      const a = analyzeNote(note);
      expect(a.verdict).toBe('template');
      expect(a.score).toBeLessThanOrEqual(5);
      expect(a.reasons[0].code).toBe('placeholder');
    },
  );
  it('hashtags and snake_case words are not placeholders', () => {
    expect(codes('Loved your #GivingTuesday post about the Leeds food bank drive')).not.toContain('placeholder');
    expect(codes('Your my_first_name_parser library saved me a day')).not.toContain('placeholder');
  });
  it('points the span at the placeholder', () => {
    expect(spanText('Hi {{first_name}}, how are you?', 'placeholder')).toBe('{{first_name}}');
  });
  it('flags a greeting whose name was never merged in', () => {
    expect(codes('Hi , I would love to connect.')).toContain('merge-artifact');
  });
});

describe('generic phrases', () => {
  it('recognises LinkedIn default text in six languages', () => {
    for (const note of [
      "I'd like to add you to my professional network on LinkedIn.",
      'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
      'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.',
      'Me gustaría añadirte a mi red profesional en LinkedIn.',
      'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
      'Vorrei aggiungerti alla mia rete professionale su LinkedIn.',
    ]) {
      const a = analyzeNote(note);
      expect(a.verdict, note).toBe('template');
      expect(a.reasons.map((r) => r.code), note).toContain('known-template');
    }
  });
  it('quotes the phrase that fired and points at it', () => {
    const note = 'Hello Maria, I came across your profile and thought we should talk.';
    const r = reason(note, 'generic-phrase');
    expect(r?.text).toBe("Generic phrase: 'I came across your profile'");
    expect(spanText(note, 'generic-phrase')).toBe('I came across your profile');
  });
  it('matches curly apostrophes and odd spacing', () => {
    expect(codes('Hi Jo,  I’m  always looking to expand   my network.')).toContain('generic-phrase');
  });
  it.each([
    ['de', 'Hallo Jan, ich bin auf Ihr Profil gestoßen und möchte mein Netzwerk erweitern.'],
    ['fr', 'Bonjour Léa, je suis tombée sur votre profil et souhaite élargir mon réseau.'],
    ['es', 'Hola Ana, vi tu perfil y quiero ampliar mi red profesional.'],
    ['pt', 'Olá João, vi seu perfil e gostaria de expandir minha rede.'],
    ['it', 'Ciao Luca, ho visto il tuo profilo e vorrei ampliare la mia rete.'],
  ])('%s generic outreach is a template', (_lang, note) => {
    const a = analyzeNote(note);
    expect(a.verdict).toBe('template');
    expect(a.reasons.some((r) => r.code === 'generic-phrase')).toBe(true);
  });
});

describe('pitches and boilerplate', () => {
  it('calls a sales pitch a template even when it names the recipient company', () => {
    const note = 'Hi Ken, we help companies like Acme cut cloud costs by 30%. Open to a quick call next week?';
    const a = analyzeNote(note, { recipient: { firstName: 'Ken', company: 'Acme' } });
    expect(a.verdict).toBe('template');
    expect(a.reasons.map((r) => r.code)).toContain('pitch');
    expect(a.reasons.find((r) => r.code === 'recipient-company')?.text).toBe('Mentions your company (Acme)');
  });
  it('reads a pitch in Spanish and French, however many words stand between "we help" and whom', () => {
    const es = reason('Hola Ana, en Facturo ayudamos a más de 300 pymes a cobrar antes. ¿Te interesaría una demo rápida?', 'pitch');
    expect(es?.text).toBe("Sales pitch: 'ayudamos a más de 300 pymes'");
    expect(codes('Bonjour Léa, nous aidons les cabinets comptables comme le vôtre à gagner du temps.')).toContain('pitch');
    expect(spanText('Olá Rui, posso mostrar numa demo rápida?', 'pitch')).toBe('demo rápida');
  });
  it('treats links as pitch markers', () => {
    expect(codes('Hi, check https://example.com/offer for more')).toContain('pitch');
  });
  it('recognises job-search and recruiting lines', () => {
    expect(codes("Hi Sam, I'm a recruiter and have an exciting opportunity that matches your background.")).toContain('job-boilerplate');
    expect(codes('Hi Sam, I am exploring new roles in analytics. Please connect.')).toContain('job-boilerplate');
  });
});

describe('specificity', () => {
  it('a specific post is personal and says what it mentions', () => {
    const note = 'Hi Bo, your post on Kafka tombstones and compaction lag saved my weekend.';
    const a = analyzeNote(note);
    expect(a.verdict).toBe('personal');
    expect(a.reasons[0].code).toBe('specific');
    expect(a.reasons[0].text).toMatch(/^Specific: mentions your post on Kafka tombstones/);
    expect(note.slice(...a.reasons[0].span!)).toMatch(/^your post on Kafka tombstones/);
  });
  it('a vague reference to their posts is not enough', () => {
    const a = analyzeNote('Hi Bo, I enjoy your posts on leadership. Would love to connect.');
    expect(a.verdict).toBe('template');
    expect(a.reasons.map((r) => r.code)).toContain('vague-reference');
  });
  it('a meeting needs a where or a what', () => {
    expect(analyzeNote('Hi Ana, it was great meeting you!').verdict).toBe('template');
    const note = 'Hi Ana, it was great meeting you at RustConf in Portland yesterday!';
    expect(analyzeNote(note).verdict).toBe('personal');
    expect(codes(note)).toContain('met');
  });
  it('a named mutual contact counts', () => {
    const note = 'Hi Lea, Jonas Weber suggested I reach out.';
    expect(spanText(note, 'mutual')).toBe('Jonas Weber suggested');
  });
  it('shared history counts only with something concrete in it', () => {
    expect(codes('Hi Keiko, we both studied at Waseda. Would love to connect!')).not.toContain('shared-history');
    expect(codes('Hi Keiko, we were in the same cohort at Lagos Bootcamp in 2019 building farm-credit apps.')).toContain('shared-history');
  });
  it('quoted titles and dates are concrete details', () => {
    // The quoted title is found; it makes "the demo" a specific reference, whose reason quotes it.
    const texts = analyzeNote('Loved the demo, "Ten ways to break a parser", from last week.').reasons.map((r) => r.text).join(' | ');
    expect(texts).toContain('Ten ways to break a parser');
  });
  it('boilerplate around a specific reference does not undo it', () => {
    const note =
      'Hi Kofi, I came across your profile and was impressed by your work moving the returns forecast at Jumia from spreadsheets to a daily model. Would love to connect!';
    expect(analyzeNote(note).verdict).toBe('personal');
  });
  it('works in other languages', () => {
    expect(analyzeNote('Hallo Jan, dein Vortrag auf der PyCon DE über Type Hints hat mir geholfen.').verdict).toBe('personal');
    expect(analyzeNote('Hola Marta, me encantó tu charla en Codemotion sobre accesibilidad en formularios.').verdict).toBe('personal');
  });
});

describe('recipient context', () => {
  const recipient = { firstName: 'Maren', company: 'Zalando', headline: 'Senior Product Manager at Zalando', school: 'TU Berlin' };
  it('a headline fact in a slot is a template', () => {
    const a = analyzeNote("Hi Maren, I see you're a Senior Product Manager at Zalando. Let's connect!", { recipient });
    expect(a.verdict).toBe('template');
    expect(a.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['recipient-company', 'recipient-headline']));
  });
  it('the recipient company inside a specific reference supports it', () => {
    const note = 'Hi Maren, your talk about the Zalando size-advice model at Berlin Buzzwords was great.';
    const a = analyzeNote(note, { recipient });
    expect(a.verdict).toBe('personal');
    const company = a.reasons.find((r) => r.code === 'recipient-company');
    expect(note.slice(...company!.span!)).toBe('Zalando');
  });
  it('wording follows the perspective', () => {
    const note = 'Hi Maren, I noticed you work at Zalando.';
    expect(reason(note, 'recipient-company', { recipient })?.text).toBe('Mentions your company (Zalando)');
    expect(reason(note, 'recipient-company', { recipient, perspective: 'outgoing' })?.text).toBe('Mentions their company (Zalando)');
  });
  it("the recipient's own name is not a concrete detail", () => {
    expect(codes('Hi Maren Schulz, hope you are well.', { recipient: { firstName: 'Maren', lastName: 'Schulz' } })).not.toContain('details');
  });
});

describe('cross-sender detection', () => {
  const base = 'Hi Priya, I help fintech teams ship faster with our testing platform. Would you be open to a short chat?';
  const others: SeenNote[] = [
    { sender: 'a', text: 'Hi Tom, I help fintech teams ship faster with our testing platform. Would you be open to a short chat?' },
    { sender: 'b', text: 'Hi Lena Meyer, I help fintech teams ship faster with our testing platform. Would you be open to a short chat?' },
    { sender: 'c', text: 'Great meeting you at the Oslo meetup, your demo of the flaky-test detector was great.' },
  ];
  it('counts near-identical notes from other senders, with names masked', () => {
    const r = reason(base, 'same-text', { others, sender: 'me' });
    expect(r?.text).toBe('Same text as 2 other senders');
  });
  it('does not count the same sender or duplicate senders', () => {
    const mine = [...others, { sender: 'me', text: base }, { sender: 'a', text: base }];
    expect(reason(base, 'same-text', { others: mine, sender: 'me' })?.text).toBe('Same text as 2 other senders');
    expect(reason(base, 'same-text', { others: [{ sender: 'me', text: base }], sender: 'me' })).toBeUndefined();
  });
  it('turns an otherwise personal-looking note into a template', () => {
    const note = 'Hi Sam, loved your talk at PyCon Berlin about structured logging with Loki and Grafana dashboards.';
    const seen = ['Ana', 'Ben', 'Cy'].map((n, i) => ({ sender: `x${i}`, text: note.replace('Sam', n) }));
    const a = analyzeNote(note, { others: seen, sender: 'me' });
    expect(a.verdict).toBe('template');
    expect(a.reasons[0].text).toBe('Same text as 3 other senders');
  });
  it('different notes are not matched', () => {
    expect(reason(others[2].text, 'same-text', { others: others.slice(0, 2) })).toBeUndefined();
  });
  it('a one-word note only matches exactly', () => {
    expect(reason('Hi!', 'same-text', { others: [{ sender: 'a', text: 'Thanks!' }] })).toBeUndefined();
    expect(reason('Connect?', 'same-text', { others: [{ sender: 'a', text: 'connect?' }] })?.text).toBe('Same text as 1 other sender');
  });
  it('finds a filled-in copy of a built-in template without other notes, and spares notes nowhere near one', () => {
    const copy = 'Hi Ravi, I came across your profile and would love to connect with you.';
    expect(crossSender(copy)).toEqual({ library: 'a common outreach template', senders: 0 });
    expect(mayCopyTemplate(tokens(copy))).toBe(true);
    // "would", "love" and "connect" are three of the outreach template's eight words: too few to be a copy of it.
    const own = 'Would love to connect after your talk on Kafka rebalancing at Current.';
    expect(mayCopyTemplate(tokens(own))).toBe(false);
    expect(crossSender(own)).toEqual({ senders: 0 });
  });
  it('ignores malformed entries in others', () => {
    const junk = [null, { sender: 'a' }, { sender: 'b', text: 42 }] as unknown as SeenNote[];
    expect(() => analyzeNote(base, { others: junk })).not.toThrow();
  });
});

describe('score and reasons', () => {
  it('scores personal notes above templates, and always gives a reason', () => {
    const personal = analyzeNote('Hi Ana, your RustConf talk about arena allocators in the Servo layout engine was superb.');
    const template = analyzeNote('Hi Ana, I would like to connect with you.');
    expect(personal.score).toBeGreaterThan(50);
    expect(template.score).toBeLessThan(50);
    for (const a of [personal, template]) {
      expect(a.reasons.length).toBeGreaterThan(0);
      expect(AnalysisSchema.safeParse(a).success).toBe(true);
    }
  });
  it('a sentence said four times is one reason', () => {
    const once = 'your routing talk was the clearest explanation of backpressure I have heard. ';
    const texts = analyzeNote(`Hi Amara, ${once.repeat(4)}`).reasons.map((r) => r.code + r.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
  });
  it('a bland note still gets a reason a person understands', () => {
    const a = analyzeNote('Hello there.');
    expect(a.verdict).toBe('template');
    expect(a.reasons[0].text).toMatch(/Nothing clearly written for you|Very short/);
  });
});

describe('hostile input', () => {
  it('reads only a prefix of a 1 MB note and says so', () => {
    const huge = 'your post on '.repeat(80_000) + 'x';
    const a = analyzeNote(huge);
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(a.reasons.some((r) => r.code === 'capped')).toBe(true);
    expect(a.reasons.every((r) => !r.span || r.span[1] <= 4000)).toBe(true);
  });
  it('survives markup, control characters and lone surrogates', () => {
    for (const note of ['<img src=x onerror=alert(1)>', '\u0000\u202e\ud800 hi', '[[[[{{{{<<<<%%%%', '\'"\'"'.repeat(500)]) {
      expect(AnalysisSchema.safeParse(analyzeNote(note)).success).toBe(true);
    }
  });
  it('caps the reasons list', () => {
    const a = analyzeNote('[a] '.repeat(200));
    expect(a.reasons.length).toBeLessThanOrEqual(40);
  });
});

/** The composer's meter on a draft, as the background judges it (from the writer's side). */
const personalizationMeter = (draft: string, recipient?: Recipient) => meterOf(judgeNote(draft, { recipient, perspective: 'outgoing' }));

describe('the meter on a draft', () => {
  it('speaks about the recipient as "their" and suggests what to add', () => {
    const m = personalizationMeter('Hi Maren, I noticed you work at Zalando. Would love to connect.', { firstName: 'Maren', company: 'Zalando' });
    expect(m.level).toBe('generic');
    expect(m.reasons.find((r) => r.code === 'recipient-company')?.text).toBe('Mentions their company (Zalando)');
    expect(m.tip).toMatch(/something only they would recognise/);
  });
  it('is satisfied by a specific draft and flags placeholders and pitches', () => {
    expect(personalizationMeter('Hi Maren, your Berlin Buzzwords talk on size advice at Zalando was great.').level).toBe('personal');
    expect(personalizationMeter('Hi [Name]').tip).toMatch(/placeholders/);
    expect(personalizationMeter('').level).toBe('empty');
  });
});
