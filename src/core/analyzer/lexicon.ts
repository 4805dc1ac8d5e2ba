import { PhraseSet } from './phrases';

/** g: would fit anyone; p: sales pitch; j: job-search or recruiting boilerplate; f: restates a profile fact. */
export type Kind = 'g' | 'p' | 'j' | 'f';

// [weight, kind, phrase]. Weights are log-odds towards "template"; longer, more telling phrases come first so the
// single-pass matcher prefers them. Written from common outreach advice and LinkedIn's own defaults.
const ENTRIES: [number, Kind, string][] = [
  // English: LinkedIn defaults and network-building
  [4, 'g', '((add|have) you (to|in)|join) (my|your) (professional |linkedin )?@network( on linkedin)?'],
  [3, 'g', "(i'd|i would) like to connect with you on @linkedin"],
  [2.5, 'g', '(expand|grow|build|extend|broaden)(ing)? (my|our) (professional |linkedin )?@(network|connections|circle)'],
  [2.5, 'g', 'like[- ]minded @(professionals|people|individuals|folks|leaders)'],
  [2, 'g', "(i )?(came|come|stumbled) (across|upon) your (linkedin )?profile"],
  [2, 'g', 'your @profile (caught my (eye|attention)|stood out|is (very |really )?impressive|popped up)'],
  [1.5, 'g', '(impressed|inspired|amazed) (by|with) your (impressive )?(profile|background|experience|career|journey|expertise)'],
  [1.5, 'g', '(impressive|great|amazing|strong) (\\w+ )?@(profile|background|experience|career)'],
  [1.5, 'g', "(would|'d|will) be (a |an )?@(great|honor|honour|pleasure|delighted|happy|glad) to (have you|add you|connect|be connected)"],
  [1.5, 'g', 'professional network|réseau professionnel|red profesional|rede profissional|rete professionale'],
  [2, 'g', '(connect|connecting|network|networking) with (other |fellow |more )?@(professionals|people|others|leaders|peers)'],
  [1.5, 'g', '(always )?(looking|happy|keen|eager|open) to (connect|network) with'],
  [1.5, 'g', "(please|kindly) (connect|accept)"],
  [1.2, 'g', '(mutual(ly)?|shared|common) @(beneficial|benefit|connections|interests)'],
  [1, 'g', '(similar|same) (interests|industry|field|space|background)'],
  [1, 'g', '(in|within) the (same )?(\\w+ )?@(industry|space|field|sector)'],
  [1, 'g', "(we're|we are|we both|both of us) (both )?(work |working )?(in|on|at) the"],
  [0.8, 'g', "fellow \\w+( \\w+)? (here|alum|alumni|alumnus)"],
  [1.5, 'g', "(through|in|via) the @alumni (directory|network|database|list)|@(grad|graduate|alum|alumna|alumnus) (too|as well)|@class of '?\\d+"],
  [0.8, 'g', "look(ing)? @forward to connecting"],
  [0.8, 'g', "(hope|trust) (you're|you are|this (message |note )?finds you|all is)( doing)?( well| great)?"],
  [0.6, 'g', "(would|'d) (love|like) to @(connect|be connected)"],
  [0.6, 'g', "(let's|lets) connect"],
  [0.6, 'g', '(learn|learning) (more )?from your (experience|expertise|journey|insights)'],
  [0.5, 'g', '(exchange|share|sharing|exchanging) (ideas|insights|knowledge|notes)'],
  [1.5, 'g', '(potential|future) (collaboration|synergies|synergy|opportunities|partnership)'],
  [1, 'g', '(thought|think) (it|that) (would|could|might) be (great|good|nice) to connect'],
  // Pitches
  [3, 'p', '(we|i) @help (\\w+ ){0,2}(companies|teams|businesses|brands|founders|organizations|clients|startups|leaders|people|professionals)'],
  [3, 'p', '(companies|teams|businesses|brands|leaders|clients|customers|organisations|organizations|professionals|people|families|executives|founders|owners) (like yours|like you|similar to yours)'],
  [2, 'p', "(we're|we are) a (\\w+ ){0,3}@(agency|consultancy|studio)|\\d+x @roi"],
  [1.5, 'p', 'similar(-stage)? @(companies|teams|businesses)'],
  [2.5, 'p', '(i|we) @(work|partner) with (\\w+ )?(teams|companies|founders|businesses|leaders|brands|startups)'],
  [1.2, 'p', '(quick|short|brief|\\d+[- ]?min(ute)?s?) (intro |zoom |video |phone |teams )?@(call|chat|demo|meeting|conversation)'],
  [3, 'p', '(free|no[- ]cost|complimentary) @(trial|audit|consultation|demo|assessment|tier|plan|tickets|ticket|pass|review|session)|@(kostenlos|kostenlosen|kostenloses|kostenlose|unverbindliches|unverbindlichen) (webinar|workshop|erstgespräch|beratungsgespräch|beratung|demo)'],
  // "¿Te interesaría una demo rápida?", "une démo de 20 min", "uma demonstração".
  [1.5, 'p', '(una|uma|une) @(demo|démo|demostración|demonstração|dimostrazione)|@(demo|démo) (rápida|rapide|veloce|gratuita|gratuite|gratis)'],
  [2.5, 'p', '(our|my) @(platform|solution|agency|services|product|software|tool|app) (helps|can|is|offers)'],
  // ("Your team cut changeover time" is what they did.)
  [2, 'p', '(?<!(you|team|they) )@(save|saving|cut|cutting|reduce|reducing) (\\w+ ){0,3}(time|costs?|hours|spend)'],
  [1.5, 'p', '\\d+(x|%) @(more|faster|increase|growth|better|higher)'],
  [2.5, 'p', '(have|got|spare|find) (\\d+|a few|ten|fifteen|twenty) @(min|mins|minutes)'],
  [2, 'p', '(vip|free|exclusive) (pass|passes|tickets?|seats?|invitation)|join us (at|for)|(save|reserve) (your|a) @(seat|spot)'],
  [1.5, 'p', "(we're|i'm) @(hosting|organising|organizing|running|launching) (a|an|our)|(as a|our) @(speaker|guest|panelist)"],
  [2, 'p', "(invite|inviting) you (to|as) (speak|join|attend|present|apply|participate|contribute|our|an|my|a)|(inviting|invite) a (select|small) group"],
  [2, 'p', "(convido|convidamos) (você|voce|o senhor|a senhora)|(te|le|la|os) @(invito|invitamos|invitiamo) (a|al|all)|(wir |ich )?@(laden|lade) (sie|dich) (herzlich |gerne )?(zu|zum|zur|ein)|(wir )?@laden ([^\\s]+ ){1,3}(zu|zum|zur) (unserem|unserer|einem|einer)|@j'organise (les|le|la|un|une)|(nous serions|je serais) ravis? de vous (y )?@accueillir|(vous|te) @(inviter|invitons|invite) à|(würden|möchten) wir (sie|dich) (gerne |gern )?@einladen|@(unsere|notre|nuestra|nossa|la nostra) (lösung|plattform|software|solution|plateforme|solución|plataforma|soluzione|piattaforma) (hilft|permet|ayuda|permite|ajuda|aiuta|helps|soluciona|resuelve|resolve|risolve|löst|résout|optimiza)|(unternehmen|entreprises|empresas|aziende) @(wie|comme|como|come) [^\\s]+"],
  [2, 'p', "(are you|is this|you might be) the right @person (to talk to|to speak with|to ask) about"],
  [1.5, 'p', "being @(named|ranked|recognized|recognised|listed|voted)|(been|was|were|got) @(named|ranked|recognized|recognised|listed|voted) (as|among|one of|a|the)"],
  [1, 'p', '(are you )?interested\\?'],
  [2, 'p', "(used|trusted|loved|chosen) by (over |more than )?\\d+|(might|may|could) be interested in our"],
  // What the sender's company does, said to anyone: "We specialize in offline-first workflow engines for…".
  [1, 'p', "(we|we're|we are|our team|our company) @(specialize|specialise|specialized|specialised|specializing|specialising) in|(nos especializamos|somos especialistas|nous sommes spécialisés|nous sommes spécialistes|wir sind spezialisiert|siamo specializzati|somos especializados)"],
  [1, 'p', "(we|our team) @(build|provide|offer|develop|deliver|create|design) (\\w+ ){0,3}(tools|solutions|software|services|models|platforms|systems|products|programs|training)|(we've|we have) @helped"],
  // "Happy to share what worked for me" is the offer a Connector makes, not a pitch; sending and showing are.
  // ("Happy to send a PR" offers a fix to their project.)
  [1.5, 'p', '(happy|glad) to (send|show)(?! (a |you a )?(pr|patch|fix|pull request))|just raised'],
  [2, 'p', "(something|solution) that (might|may|could) (interest|help) you|you might find (it|this) @(useful|interesting|valuable)"],
  [2.5, 'p', "(see|explore|discuss) (if|whether|how) (there's|there is|we could|we can)"],
  [1.5, 'p', "worth (connecting|a chat|a conversation|exploring)"],
  [2, 'p', 'https?://\\S+|www\\.\\S+|calendly'],
  [2, 'p', "(por|pour|per|für) @(apenas|seulement|soli|nur) (r\\$ |€ )?\\d+|(free|gratis|gratuitos?|gratuits?|gratuiti) @(examples|samples|audit|exemplos|ejemplos|exemples|esempi)|@audit (vidéo|gratuit|gratuito|video)"],
  [1.5, 'p', "(estoy|estamos|estou) @(lanzando|lançando|desarrollando|construyendo|construindo)|(je lance|nous lançons|sto lanciando|stiamo lanciando)"],
  [1.5, 'p', "(congrats|congratulations|parabéns|felicidades|glückwunsch|félicitations|complimenti) (on|pela|pelo|por|zur|zum|pour) (the |your |a |la |o )?(recent )?(funding|raise|series|seed|round|new role|new position|promotion|work anniversary|anniversary)|(glückwunsch|félicitations|felicidades|parabéns|congratulazioni|complimenti) (zur|zum|pour|por|pela|pelo|per) (la |le |il |o |a |votre |ton |tu |seu |sua |deiner |ihrer )?@(neuen|nouveau|nouvelle|nuevo|nueva|novo|nova|nuovo|nuova)"],
  // "somos do mesmo grupo de Enfermagem", "we're both members of the ICU Nurses group": a group, not a meeting.
  [1.5, 'g', "(somos|estamos|siamo|sommes|sind) (do|no|del|en el|nello|nel|dans le|du|in der) (mesmo|mismo|stesso|même|gleichen) @(grupo|gruppo|groupe|gruppe)|(we're|we are) (both )?(in|members of) the same @(group|community)|(we're|we are) both (members of|in) (the )?([^\\s]+ ){0,4}@(group|community)"],
  [2, 'g', "people you may @know|@(siamo|estamos|sommes|sind) (entrambi|ambos|tous les deux|toutes les deux|beide) (nel|nello|nella|no|na|en el|dans le|dans la|in der|im) @(gruppo|grupo|groupe|gruppe)"],
  [2, 'p', "(listing|entry|registration|nomination) @fee|@feature you in our"],
  // A statistic about the whole segment as the hook: "73% of CFOs say manual reporting slows them down".
  [1.5, 'p', "(\\d+%|\\d+ %) (of|des|de|der|dei|dos|das) ([^\\s]+ ){1,2}@(say|said|report|estiment|disent|dicen|sagen|dicono|dizem|believe|struggle|are|sont|son|sind|sono|são)|(is|are) up (\\d+%|\\d+ %)|@(réduisons|reducimos|reduzimos|senken|riduciamo) (le|el|o|die|il)"],
  [3, 'g', "(connecting|connect) with @everyone|everyone (i|who) @(met|spotted|saw)"],
  [2, 'p', "i('m| am) @working on something|not a pitch"],
  [2, 'p', "(webinar|webinaire|webinario) @(gratuit|gratuito)|(places|plazas|vagas|posti) @(limitées|limitadas|limitati)"],
  [2, 'p', "(show|tell|walk) you (through )?how|up to \\d+%|@hasta un (\\d+%|\\d+ %)|bis @zu (\\d+%|\\d+ %)|@fino al (\\d+%|\\d+ %)|free for \\d+|(we're|we are) the (leading|#1|largest|fastest)"],
  // Job search and recruiting
  [2, 'j', '(exploring|seeking|looking for|pursuing) (new )?(roles|opportunities|positions|openings|a (new )?(role|job|position))'],
  [1.5, 'j', '(open to|exploring) (new )?(opportunities|work|roles)'],
  // ("She helped me rewrite my resume" tells a story; sending it is the job search.)
  [2, 'j', '(send you|sending you|attach(ed)?|attaching|here is|here\'s|find|see|share|sharing|forward|review) my @(resume|résumé|cv|portfolio)|my @(resume|résumé|cv|portfolio) (is )?(attached|below|linked|here)'],
  [2, 'j', '(exciting|great|interesting|amazing) (career |job )?@(opportunity|opportunities|role|position)'],
  [3, 'j', '(role|position|opportunity) that (matches|fits|aligns with|suits) your'],
  [1.5, 'j', "i('m| am) (a |an )?@(recruiter|recruiting|talent|headhunter|hiring)"],
  [1.5, 'j', "(we're|we are) @hiring|are you @open to|(i'm|i am) @hiring for|(you'd|you would) be a (great|perfect|strong|good) @fit"],
  [1.5, 'j', "kindly consider|suitable (opportunities|role|position)"],
  [2, 'j', "(seeking|hiring) (\\w+ ){0,3}@(developers|engineers|designers|candidates)|\\d+k\\+? @(base|salary|ote)|your @skills (jumped|stood|caught)|(cerco|busco|procuro) (un|una|um|uma) @(senior|junior|lead)|(il tuo|il suo|tu|su|seu|votre|ton|ihr|dein) @(profilo|perfil|profil) ([^\\s]+ ){0,4}(è perfetto|è molto|es perfecto|encaja|é perfeito|encaixa|est parfait|correspond|ist perfekt)"],
  [2, 'j', "(cerco|sto cercando) (uno stage|un tirocinio|lavoro|un lavoro)|(inviarti|inviarle|mandarti) il @(cv|curriculum)|(busco|estoy buscando) (prácticas|trabajo|empleo)|(busco|procuro) (estágio|emprego)|je @(cherche|recherche) (un stage|une alternance|un emploi|un poste)|ich @suche (ein praktikum|eine stelle|einen job)"],
  [2, 'j', "(specialise|specialize) in @placing|keep you in mind for|(estoy|sto|estou) @(buscando|cercando|procurando) (un|una|um|uma)|(ich|wir) (suche|suchen) @(eine|einen) (senior|junior)"],
  [1.5, 'g', "(andere|autres|otros|altri|outros) @(alumni|anciens|exalumnos|ex alunni|ex-alunos)|wir beide (an|bei) der [^\\s]+ @studiert|(wir sind|sind wir) beide @alumni"],
  [1.5, 'g', "(también|também) (soy |sou )?@(egresado|egresada|estudié|estudei|formado|formada)|@(exalumnos|egresados) (da|de|del|do)|(alumna|alumnus|alum|grad) @here|connect with (other |fellow )?[^\\s]+ @grads"],
  [1.5, 'p', "(founders|ceos|leaders|líderes|empresarios|fundadores|emprendedores|dirigeants|gründer|fondatori|empreendedores) @(como|comme|wie|come) (tú|tu|usted|você|voce|vous|toi|sie|du|te|lei)"],
  // A job posting as the hook, in five languages: "vi a vaga de Analista na Stone", "estamos buscando un Senior…".
  [2, 'j', "(vi|vimos|he visto|ho visto|j'ai vu) (a|uma|la|una|l'|il|le) @(vaga|vacante|oferta|offerta|annonce|posizione|poste)|@vaga de|processo seletivo|estamos @buscando (un|una|a)|el @puesto (es|ofrece)|(salario|sueldo|salário) de|@ausgeschriebene (stelle|position)|posizione aperta|(saw|seen) (the|your) (job )?@(posting|opening|vacancy|ad) for"],
  [1.5, 'j', "(openings|positions|opportunities|vacancies|spots) (in|at|on) your @(lab|team|group|company|department)"],
  [1, 'j', "(i'm|i am) a (\\w+ )?@(student|graduate|grad) (at|of|from|in)|from (experienced )?@professionals like you|any @(advice|tips|guidance) (is|would be) (greatly |much )?appreciated"],
  // Restating profile facts
  [1.2, 'g', "(big|huge) fan of (your work|what)|(love|admire) what (you|you guys|[^\\s]+) (is|are) @(doing|building)|(inspiring|amazing|impressive) @(journey|story|career)"],
  [1, 'f', "(i )?(see|saw|noticed|notice) (that )?(you('re| are| work| lead| have|'ve| previously| recently)|we('re| are)? both)"],
  // A career path read off the profile: "you went from bedside nursing to NP", "you moved from teaching into design".
  [1, 'f', "you('ve| have)? @(went|gone|moved|switched|transitioned|pivoted|jumped) from ([^\\s]+ ){1,4}(to|into)"],
  [1, 'f', "(vi|veo|he visto) que @(eres|trabajas|estás|lideras|diriges|reclutas|hiciste|trabajaste|estudiaste)|(vi|vejo) que @(você|voce) (é|trabalha|está|lidera)|(j'ai vu|je vois) @que (vous|tu) (êtes|es|travaillez|travailles|dirigez)|(ho visto|vedo) che @(sei|lavori|ti occupi|guidi|hai fatto|hai lavorato|hai studiato|hai frequentato)|(habe gesehen|sehe),? @dass (sie|du)"],
  // German
  [4, 'g', '(sie|dich) (gerne? )?(zu )?meinem (beruflichen )?netzwerk( auf linkedin)? hinzufügen'],
  [2.5, 'g', '(mein|meine) (netzwerk|kontakte) (zu )?(erweitern|ausbauen|vergrößern)'],
  [2, 'g', '(bin|ist mir) (\\w+ )?(auf|über) (ihr|dein) profil (gestoßen|aufmerksam)|(ihr|dein) profil (ist mir aufgefallen|hat mich)'],
  [2, 'g', '(gleichgesinnte|gleichgesinnten|gleichgesinnter)'],
  [1, 'g', '(ihre|deine|ihr|dein) @(führungsqualitäten|führungsstärke|leidenschaft|werdegang|karriereweg|expertise)|(sind|ist) (sehr |wirklich |einfach )?@(beeindruckend|inspirierend)'],
  [0.6, 'g', '(gerne?|würde mich freuen,?) (\\w+ ){0,4}(zu )?@vernetzen|lass(en sie| uns) uns @vernetzen'],
  [1.5, 'g', '(ich )?@vernetze mich (gerade |aktuell |gerne |gern |derzeit )?mit'],
  [2.5, 'p', '(wir|ich) (helfen?|unterstützen|begleiten|beraten) (\\w+ ){0,2}(unternehmen|firmen|teams|kunden|mittelständler|startups|ihnen|dir|ihrem|ihrer)'],
  // French
  [4, 'g', "(vous |t')?@ajouter à mon réseau( professionnel)?( sur linkedin)?"],
  [2.5, 'g', '(élargir|développer|agrandir|étendre) mon réseau'],
  [2, 'g', "tombée? sur (votre|ton) @profil|(votre|ton) profil (m'a|a retenu)"],
  [0.6, 'g', "(j'aimerais|je souhaiterais|je voudrais) (me connecter|entrer en contact|rejoindre)"],
  [2, 'j', '(belle|belles|superbe|superbes|nouvelle|nouvelles) @(opportunité|opportunités)'],
  [2.5, 'p', "(nous aidons|j'aide|nous accompagnons|j'accompagne) (les |des )?(\\w+ ){0,2}(entreprises|équipes|sociétés|pme|startups|dirigeants|cabinets|commerces|clients)|(entreprises|équipes|sociétés|cabinets|commerces) comme @(le|la) (vôtre|tienne|tien)"],
  [2, 'j', 'je suis @(recruteur|recruteuse)|cabinet de recrutement'],
  // Spanish
  [4, 'g', '(añadirte|agregarte|añadirle|agregarle|añadirlo|agregarlo) a mi red( profesional)?( de linkedin| en linkedin)?'],
  [2.5, 'g', '(ampliar|expandir|hacer crecer|crecer) mi red'],
  [2, 'g', '(encontré|vi|he visto|encontré con) (tu|su) perfil|(tu|su) perfil (me pareció|es muy)'],
  [1.5, 'g', 'intereses (comunes|similares)'],
  [0.6, 'g', '(me gustaría|quisiera) @conectar'],
  [2.5, 'p', '(ayudamos|ayudo|acompañamos|apoyamos) a (\\w+ ){0,3}(empresas|equipos|compañías|pymes|startups|negocios|clínicas|despachos)'],
  [2, 'j', 'oportunidad laboral|soy @(reclutador|reclutadora)'],
  // Portuguese
  [4, 'g', '(adicioná-lo|adicioná-la|adicionar você|te adicionar|adicioná-l[oa]) (à|a|na) @minha rede( profissional)?( no linkedin)?'],
  [2.5, 'g', '(expandir|ampliar|aumentar|crescer) (a )?minha rede'],
  [2, 'g', '(vi|encontrei) (o )?seu perfil|seu perfil (me chamou|chamou)'],
  [0.6, 'g', 'gostaria de (me )?conectar'],
  [1, 'g', '(conectar|conectar-me|me conectar) com (outros )?@(alumni|ex-alunos|profissionais)|na @mesma (indústria|área)'],
  [2.5, 'p', '(ajudamos|ajudo|apoiamos) (\\w+ )?(empresas|equipes|times|founders|startups)|somos uma (consultoria|agência|empresa|startup)'],
  [2, 'j', 'oportunidade de trabalho|sou @(recrutador|recrutadora)'],
  // Italian
  [4, 'g', '(aggiungerti|aggiungerla|aggiungervi) alla mia rete( professionale)?( su linkedin)?'],
  [2.5, 'g', '(ampliare|espandere|allargare) la mia rete'],
  [2, 'g', '(ho visto|ho trovato|mi sono imbattut[oa] nel) (il )?tuo profilo|il tuo profilo (mi ha|è molto)'],
  [0.6, 'g', 'mi piacerebbe (collegarmi|connettermi|entrare in contatto)'],
  [2.5, 'p', '(aiutiamo|aiuto|supportiamo|affianchiamo) (le )?(\\w+ )?(aziende|imprese|pmi|team|strutture)|(aziende|imprese|strutture|realtà|studi|negozi) come (la|il) @(vostra|tua|vostro|tuo)'],
  [2, 'j', "sono un'?a? @recruiter|@selezionando|opportunità (di lavoro|lavorativa)|in @cerca di (lavoro|un lavoro|impiego|nuove opportunità)|sono (un |una )?@(neolaureato|neolaureata)"],
  // Recruiting in the five languages: "je recrute un conducteur de travaux", "cerchiamo medici per turni", "wir suchen
  // examinierte Pflegefachkräfte", shifts and sessions on offer with their pay.
  [2.5, 'j', "je @recrute (un|une|des)|nous @(recrutons|recherchons) (un|une|des|plusieurs)|@(recrutamos|reclutiamo|reclutamos|seleccionamos|selecionamos|selezioniamo|recrutons) \\w+|(cerchiamo|buscamos|procuramos|wir suchen|estamos contratando|stiamo assumendo) (\\w+ )?@(medici|médicos|enfermeiros|enfermeras|enfermeros|infermieri|pflegefachkräfte|pflegekräfte|ärzte|ärztinnen|ingenieros|engenheiros|ingegneri|sviluppatori|desarrolladores|desenvolvedores|profissionais|profesionales|professionisti|candidati|candidatos|talentos|talenti|perfiles|perfis|profili|mitarbeiter|fachkräfte|entwickler|técnicos|tecnici|operai|camareros|cuochi)"],
  [2, 'j', "(locum|agency|bank|contract|temp|temporary) ([^\\s]+ ){0,2}@(sessions|shifts|roles|positions|assignments|placements) (available|in|across)|@(plantões|turnos|turni|guardias|dienste|vacantes|vagas) (disponíveis|disponibles|disponibili|abertas|abiertas|aperte)|compensi @competitivi|excelentes @condiciones|@übertarifliche|@zeitarbeit|(über )?jede @(möglichkeit|chance)|(for|open to) any @(opportunity|opening|openings|opportunities|position|role)|qualquer @(oportunidade|vaga)|cualquier @(oportunidad|vacante)|qualsiasi @(opportunità|posizione)|toute @(opportunité|offre)"],
  [2, 'j', "(studiere|bin (student|studentin|absolvent|absolventin)) ([^\\s]+ ){0,6}und @suche|@suche (ein|eine|einen) (\\w+ ){0,2}(praktikum|einstiegsposition|werkstudentenstelle|ausbildungsplatz|ausbildung|stelle|position|job|traineestelle)"],
  [1.5, 'p', "reply @yes|(mi|ci) @contatti (per|pure)|@(contáctame|contácteme|contacte-me|contactez-moi|kontaktieren sie mich)|fale @comigo|(per|para|pour) (maggiori|más|mais|plus d') @(informazioni|información|informações|informations|infos)|for (more|further) @(info|information|details)"],
  [2.5, 'p', "invite you to @submit|submit your (valuable |esteemed |next )?@(paper|manuscript|article|research)|(fast|rapid|quick) peer @review|call for @papers"],
  // Short calls in German, French, Spanish, Portuguese and Italian
  [2.5, 'p', '(kurzes|kurzen) @(telefonat|gespräch|austausch)|(court|bref) @(échange|appel)|(llamada|reunión|conversa|chamada) @(rápida|breve)|(breve|veloce) @(chiamata|call)'],
];

export const LEXICON = new PhraseSet('lexicon', ENTRIES.map(([, , src]) => src));
export const lexiconEntry = (i: number) => ENTRIES[i];
