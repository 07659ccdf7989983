// Cue-word tables per relation type: the words that state a relation, where its arguments
// sit (subject to the left, object after the word or after one of its prepositions), which
// argument is the edge's source, and the candidate edge types tried in order against the
// ontology's domain and range (allowsEdge). The relation stage is driven only by this table.
import type { EdgeType, NodeType } from '../ontology.js';
import { wordClass } from './word-classes.js';

export interface Cue {
  /** Surface forms (lower case) that trigger the cue. */
  forms: readonly string[];
  /** Candidate edge types, first allowed by the ontology wins. */
  types: readonly EdgeType[];
  /** Prepositions introducing the object ("visit to", "arrived in"). */
  preps?: readonly string[];
  /** The object may follow the word directly ("visited Pyongyang"). */
  direct?: boolean;
  /** The edge source is the object (active "Y formed X" → X FORMED_BY Y). */
  sourceIsObject?: boolean;
  /** Words that must follow the trigger ("left for", "shoulder to shoulder with"). */
  then?: readonly string[];
  /** One of these words must come right before the trigger ("took part", "as part"). */
  after?: readonly string[];
  /** One of these words must follow the trigger within three words: what is sent ("sent aid to"). */
  carries?: readonly string[];
  /** Never when one of these words is what is sent, before the preposition ("sent a protest note to"). */
  sendsNot?: readonly string[];
  /** With `after`: one of these words must come just before that one ("with the help of"). */
  twoBefore?: readonly string[];
  /** Never when followed by one of these words ("forms part"). */
  notBefore?: readonly string[];
  /** Never right after one of these words ("handed over command of", which hands over the lead). */
  notAfter?: readonly string[];
  /** Pairwise between coordinated subjects when there is no object ("X and Y held talks"). */
  reciprocal?: boolean;
  /** A person named with "for" after the object also takes part ("hosted a ceremony for X"). */
  beneficiary?: boolean;
  /** Recipient: the person or unit the cue is about, never the subject (awards). */
  recipient?: boolean;
  /** Target sought anywhere later in the clause (passive "formed ... by decision of X"). */
  farTarget?: boolean;
  /** Without an object, the event the document last mentioned ("X and Y were among those present"). */
  implicitEvent?: boolean;
  /** With implicitEvent: only an event with one of these heads ("marched" → a parade). */
  implicitHeads?: readonly string[];
  /** Only events with one of these heads (or a name without one) are objects ("held an exercise", not "held a meeting"). */
  objectHeads?: readonly string[];
  /** The types a passive use still states ("the ship was welcomed by X" is a reception, no praise). */
  passiveTypes?: readonly EdgeType[];
  /** The object's preposition must follow the trigger at once ("has been in Latvia", not "had been deployed to"). */
  prepNext?: boolean;
  /** Only these types may be the subject ("has been in": a unit; a person who has been somewhere stayed there). */
  subjects?: readonly NodeType[];
}

const v = (...forms: string[]): string[] => forms;

/** What is sent when nobody goes: "sent a protest note to Zagreb", "sent a letter of condolence to X". */
const MESSAGES = v('note', 'notes', 'letter', 'letters', 'message', 'messages', 'protest', 'condolences', 'greetings', 'congratulations',
  'invitation', 'invitations', 'request', 'complaint', 'telegram', 'cable', 'signal', 'proposal', 'reply', 'response', 'report', 'documents', 'memorandum');

/** What comes of an event, looked at after it ("reviewed the results of the exercise"). */
const AFTERMATH = v('results', 'result', 'outcome', 'outcomes', 'lessons', 'findings', 'conclusions', 'progress', 'achievements');

/** Groups sent to an event for a state ("sent observers"); their "from X" / "of X" names the state ("delegations from Senegal"). */
export const SENT_GROUPS: readonly string[] = ['observers', 'delegations', 'delegates', 'representatives', 'envoys'];

/** Nouns for a part of an event ("the final stage", "the opening session", "the closing session"). */
export const EVENT_PARTS: ReadonlySet<string> = new Set(['stage', 'phase', 'part', 'session', 'leg', 'round', 'segment']);

/** Words of relief sent after a disaster ("sent aid to X", "have flown in tents and medical supplies"). */
export const RELIEF_GOODS: readonly string[] = ['aid', 'assistance', 'supplies', 'relief', 'food', 'medicine', 'medicines', 'donations', 'tents', 'vaccines'];
/** Equipment handed over as help ("delivered 12 pickup trucks and four surveillance drones to the task force"). */
const EQUIPMENT: readonly string[] = ['trucks', 'vehicles', 'drones', 'boats', 'equipment', 'ambulances', 'uniforms', 'helicopters', 'aircraft', 'radars', 'weapons', 'ammunition', 'generators', 'vessels', 'rifles', 'kits', 'truck', 'vehicle', 'drone', 'boat', 'ambulance', 'helicopter', 'radar', 'generator', 'vessel', 'ship', 'ships'];
/** What a receiver is helped with: equipment, goods and support ("received air support from X", "received intelligence from Y"). */
const RECEIVED_HELP: readonly string[] = [...EQUIPMENT, ...RELIEF_GOODS, 'support', 'intelligence', 'funding', 'grant', 'donation'];

/** Forces a state keeps abroad ("keeps some 7,000 troops in X"; troops-held.ts reads "has ... troops in X" with them). */
export const TROOPS: readonly string[] = v('troops', 'soldiers', 'personnel', 'servicemen', 'forces', 'marines', 'peacekeepers', 'sailors', 'airmen');

export const CUES: readonly Cue[] = [
  // SIGNED
  { forms: v('signed', 'sign', 'signs', 'signing', 'inked', 'concluded', 'conclude', 'concludes', 'ratified', 'ratify', 'ratifies'), types: ['SIGNED'], direct: true },
  // "X and Y put their signatures to the accord".
  { forms: v('signatures', 'signature', 'names', 'name'), types: ['SIGNED'], preps: ['to', 'on', 'under'], after: ['their', 'his', 'her'] },
  // ("Both the government and the SPLM-IO are parties to the R-ARCSS", "is a signatory to the treaty": a party to an
  // agreement signed it.)
  { forms: v('party', 'parties', 'signatory', 'signatories'), types: ['SIGNED'], preps: ['to'], after: ['is', 'are', 'was', 'were', 'a', 'not', 'remain', 'remains', 'became', 'become', 'both'] },
  // FORMED_BY
  { forms: v('formed', 'form', 'forms', 'established', 'establish', 'establishes', 'created', 'create', 'creates', 'founded', 'constituted', 'constitutes', 'raised', 're-established', 'reestablished', 're-formed', 'reconstituted'), types: ['FORMED_BY'], direct: true, sourceIsObject: true, notBefore: ['part', 'a', 'the'], farTarget: true },
  { forms: v('set'), types: ['FORMED_BY'], then: ['up'], direct: true, sourceIsObject: true, farTarget: true },
  // ("The tripartite cooperation mechanism was launched by the three countries": a body launched is founded; only after
  // "was", as "launched a submarine", "drones launched by X" and "launched the exercise" are not.)
  { forms: v('launched'), types: ['FORMED_BY'], direct: true, sourceIsObject: true, after: ['was', 'were'], farTarget: true },
  // "The Royal Netherlands Navy and the Belgian Navy merged their staffs into a single Binational Naval Staff": what they merge into they form.
  { forms: v('merged', 'merge', 'merges', 'merging'), types: ['FORMED_BY'], preps: ['into'], sourceIsObject: true },
  // PART_OF
  { forms: v('part'), types: ['PART_OF'], preps: ['of'], after: ['is', 'are', 'was', 'were', 'became', 'remains', 'becomes', 'been', 'remained', 'become'] },
  // "The battalion belongs to the Norrbotten Regiment", "which also comes under the Police Force", "is subordinate to".
  { forms: v('belongs', 'belong', 'belonged'), types: ['PART_OF'], preps: ['to'] },
  { forms: v('comes', 'falls', 'operates'), types: ['PART_OF'], preps: ['under'] },
  // "the Fire Service, which answers to the Ministry of X".
  { forms: v('answers', 'answer', 'answerable', 'reports', 'report'), types: ['PART_OF'], preps: ['to'] },
  // ("The battlegroup, which is led by Germany and attached to the Lithuanian Army's Iron Wolf Brigade": so is one attached to it.)
  { forms: v('subordinate', 'subordinated', 'attached'), types: ['PART_OF'], preps: ['to'] },
  // COMMANDED_BY
  // ("the battalion, commanded by X": the unit is commanded by X; "X, who commands the brigade": X leads it.)
  { forms: v('commanded', 'commands'), types: [], direct: true, sourceIsObject: true, passiveTypes: ['COMMANDED_BY'] },
  { forms: v('led', 'leads', 'heads', 'headed', 'chaired', 'chairs', 'commanded', 'commands'), types: ['LEADER_OF'], direct: true },
  { forms: v('chairmanship', 'chairpersonship', 'presidency', 'leadership', 'command'), types: ['LEADER_OF'], preps: ['of'], after: ['the', 'rotating', 'its', 'his', 'her', 'took', 'assumed'] },
  // "Rear Admiral X on Thursday took over the Joint Arctic Command from Y": who takes a command over leads it.
  { forms: v('took', 'take', 'takes', 'taking'), types: ['LEADER_OF'], then: ['over'], direct: true },
  // ("presented royal orders to 27 officers of the JAF": not orders given to others, whose "of" is theirs.)
  { forms: v('order', 'orders', 'command', 'instructions', 'directive'), types: ['COMMANDED_BY'], preps: ['of'], notBefore: ['to'], notAfter: ['over', 'assumed', 'took', 'relinquished', 'relinquishes', 'assumes', 'assume', 'assuming', 'takes'] },
  // "has delivered 12 pickup trucks and four surveillance drones to the task force": equipment delivered is help.
  { forms: v('delivered', 'deliver', 'delivers', 'delivering', 'supplied', 'supply', 'supplies'), types: ['ASSISTED'], preps: ['to'], carries: EQUIPMENT, farTarget: true },
  // "received two patrol boats from the United States", "received air support from AUSSOM": who gives them helps the receiver.
  { forms: v('received', 'receive', 'receives', 'receiving'), types: ['ASSISTED'], preps: ['from'], carries: RECEIVED_HELP, sendsNot: ['by'], sourceIsObject: true },
  // "gifted a sixth patrol boat, HMPNGS Kumul, to the PNGDF's Maritime Element", "patrol boats gifted to Tonga by Australia": a gift is help.
  { forms: v('donated', 'donate', 'donates', 'donating', 'gifted', 'gift', 'gifts', 'gifting'), types: ['ASSISTED'], preps: ['to'], farTarget: true },
  // "sent aid to X", "delivered relief supplies to X": help, not a deployment.
  // ("the frigate Alsace docked at Zayed Port in Abu Dhabi for a five-day port call": a ship's call is a deployment there.)
  { forms: v('docked', 'berthed', 'moored'), types: ['DEPLOYED_TO'], preps: ['at', 'in'] },
  // ("the minehunter made port calls in Bar and in Durrës", "made a port call in Dakar": so is a ship's port call.)
  { forms: v('call', 'calls'), types: ['DEPLOYED_TO'], preps: ['at', 'in'], after: ['port'] },
  // ("made port visits to Reykjavík and to the Norwegian city of Bergen": so is a ship's port visit.)
  { forms: v('visit', 'visits'), types: ['DEPLOYED_TO'], preps: ['to', 'in', 'at'], after: ['port'] },
  { forms: v('sent', 'send', 'sends', 'sending', 'dispatched', 'dispatch', 'shipped', 'ship', 'delivered', 'deliver', 'delivers', 'delivering', 'airlifted', 'flew', 'rushed', 'gave', 'give', 'gives'), types: ['ASSISTED'], preps: ['to', 'for'], carries: RELIEF_GOODS },
  // "handed over a patrol boat to X": a donation.
  // ("handed over command of Regional Command West to the Turkish contingent": a command or a post handed over is no help.)
  { forms: v('handed', 'hand', 'hands', 'handing'), types: ['ASSISTED'], then: ['over'], preps: ['to'], sendsNot: ['command', 'control', 'authority', 'responsibility', 'duties', 'leadership', 'flag', 'post', 'office'] },
  // ("handed the rebuilt road over to the South Sudanese government": what is handed may stand before "over".)
  { forms: v('handed', 'hand', 'hands', 'handing'), types: ['ASSISTED'], carries: ['over'], preps: ['to'], notBefore: ['over', 'command', 'control', 'authority', 'responsibility', 'duties', 'leadership', 'flag', 'post', 'office'] },
  // DEPLOYED_TO
  { forms: v('sent', 'send', 'sends', 'sending', 'dispatched', 'dispatch', 'dispatches', 'dispatching', 'deployed', 'deploy', 'deploys', 'deploying', 'deployment', 'stationed', 'redeployed', 'redeploy', 'transferred', 'moved', 'relocated', 'airlifted'), types: ['DEPLOYED_TO', 'ATTENDED'], preps: ['to', 'in', 'into'], farTarget: true, sendsNot: MESSAGES },
  // ("previously served as Sri Lanka's Defence Adviser in New Delhi": a post held "as" somewhere is no deployment.)
  // ("The contingent ... has been in Latvia since January": a unit that has been somewhere is deployed there.)
  { forms: v('been'), types: ['DEPLOYED_TO'], preps: ['in', 'at'], after: ['has', 'have', 'had'], prepNext: true, subjects: ['unit'] },
  // ("The squadron, which has been based at Pearce since 1993": a formation that has been based somewhere is deployed
  // there; not "the 9th Battalion, based in Patna", a home garrison.)
  { forms: v('based'), types: ['DEPLOYED_TO'], preps: ['in', 'at'], after: ['been'], prepNext: true, subjects: ['unit'] },
  { forms: v('serving', 'serve', 'serves', 'served'), types: ['DEPLOYED_TO', 'ATTENDED'], preps: ['to', 'in', 'into'], farTarget: true, sendsNot: MESSAGES, notBefore: ['as'] },
  // "France keeps some 7,000 troops in the Indo-Pacific", "maintains about 500 soldiers in Kenya": forces kept abroad.
  { forms: v('keeps', 'keep', 'kept', 'maintains', 'maintain', 'maintained'), types: ['DEPLOYED_TO'], preps: ['in'], carries: TROOPS },
  { forms: v('left', 'leave', 'leaves', 'leaving', 'departed', 'headed'), types: ['VISITED', 'DEPLOYED_TO'], preps: ['for', 'to'] },
  { forms: v('crossed', 'cross', 'crosses', 'crossing', 'entered'), types: ['VISITED', 'DEPLOYED_TO'], preps: ['into'], direct: true },
  // RETURNED_TO
  { forms: v('returned', 'return', 'returns', 'returning'), types: ['RETURNED_TO'], preps: ['to', 'home'], notBefore: ['visit', 'visits', 'trip', 'trips', 'flight', 'flights', 'journey', 'leg', 'match', 'ticket'] },
  { forms: v('came', 'come', 'comes', 'coming', 'went', 'flew', 'brought'), types: ['RETURNED_TO'], preps: ['to', 'home'], then: ['back'] },
  // VISITED
  // ("the army commander inspected the new positions of the 5th Brigade in Bint Jbeil": an inspection is a visit too.)
  { forms: v('visited', 'visit', 'visits', 'visiting', 'toured', 'inspected'), types: ['VISITED'], direct: true, preps: ['to'] },
  // ("It last visited India in October 2081" of a destroyer: a ship or a formation that visits is deployed there.)
  { forms: v('visited'), types: ['DEPLOYED_TO'], direct: true, subjects: ['unit'] },
  // ("Defence Minister X, who visited the exercise on Friday": who visits an exercise takes part in it.)
  { forms: v('visited', 'visits', 'toured'), types: ['ATTENDED'], direct: true, objectHeads: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'war games'] },
  { forms: v('trip', 'tour', 'journey', 'voyage'), types: ['VISITED'], preps: ['to', 'of'] },
  // ("Rahimbayli had accompanied Mammadzada to Tbilisi": who goes with a visitor visits too.)
  { forms: v('accompanied', 'accompany', 'accompanies', 'accompanying'), types: ['VISITED'], preps: ['to'], notBefore: ['by'] },
  // "laid a wreath at the war cemetery", "laid wreaths at the memorial": the place was visited.
  { forms: v('wreath'), types: ['VISITED'], preps: ['at'], after: ['a'], twoBefore: ['laid', 'lay', 'lays', 'laying', 'placed', 'places', 'placing'] },
  { forms: v('wreaths'), types: ['VISITED'], preps: ['at'], after: ['laid', 'lay', 'lays', 'laying', 'placed', 'places', 'placing'] },
  { forms: v('arrived', 'arrive', 'arrives', 'arriving'), types: ['VISITED', 'DEPLOYED_TO'], preps: ['in', 'at', 'into'] },
  // "marines landed on Porto Santo": an amphibious landing puts troops on the island.
  { forms: v('landed'), types: ['VISITED', 'DEPLOYED_TO'], preps: ['in', 'at', 'into', 'on'] },
  // ("the survey ship INS Sandhayak spent three weeks at Port Mathurin", "X spent two days in Accra": a stay there.)
  { forms: v('spent', 'spends', 'spend', 'spending'), types: ['VISITED', 'DEPLOYED_TO'], carries: v('days', 'day', 'weeks', 'week', 'months', 'month', 'hours', 'nights', 'night', 'years', 'year'), preps: ['in', 'at'] },
  { forms: v('travelled', 'traveled', 'travel', 'travels', 'travelling', 'traveling', 'flew', 'fly', 'flies', 'flying', 'flown', 'airlifted', 'went', 'go', 'goes', 'coming', 'moved', 'moving', 'relocated', 'relocating'), types: ['VISITED', 'DEPLOYED_TO'], preps: ['to', 'into'] },
  // MET_WITH
  { forms: v('met', 'meet', 'meets'), types: ['MET_WITH'], direct: true, preps: ['with'], reciprocal: true },
  { forms: v('called', 'call', 'calls', 'calling', 'paid'), types: ['MET_WITH'], then: ['on'], direct: true },
  { forms: v('courtesy'), types: ['MET_WITH'], then: ['call'], preps: ['on'] },
  { forms: v('received', 'receive', 'receives', 'receiving', 'greeted', 'greet', 'showed', 'show', 'shows'), types: ['MET_WITH', 'RECEIVED_AWARD'], direct: true },
  { forms: v('hosted', 'host', 'hosts', 'hosting'), types: ['MET_WITH', 'ATTENDED'], direct: true, beneficiary: true },
  { forms: v('welcomed', 'welcome', 'welcomes', 'welcoming'), types: ['MET_WITH', 'PRAISED'], direct: true, passiveTypes: ['MET_WITH'] },
  { forms: v('talks', 'meeting', 'meetings', 'conversation', 'negotiations', 'discussions', 'summit'), types: ['MET_WITH'], preps: ['with', 'between'], reciprocal: true },
  // "Farouk told reporters after meeting Hamadto": a gerund with its object.
  { forms: v('meeting'), types: ['MET_WITH'], direct: true, after: ['after', 'before', 'while', 'since', 'when'] },
  // ATTENDED
  { forms: v('attended', 'attend', 'attends', 'attending'), types: ['ATTENDED'], direct: true },
  { forms: v('part'), types: ['ATTENDED'], preps: ['in', 'of'], after: ['took', 'take', 'takes', 'taking'], implicitEvent: true },
  // ("ZAMBATT-37, which has been stationed in Ndélé as part of MINUSCA": a unit serving as part of a mission or force is of it.)
  { forms: v('part'), types: ['ATTENDED', 'PART_OF'], preps: ['of'], after: ['as'], implicitEvent: true },
  // ("decorated X for the brigade's part in the Iron Wolf exercise": whose part in an event it was took part in it.)
  { forms: v('part'), types: ['ATTENDED'], preps: ['in'], after: ["'s"] },
  { forms: v('participated', 'participate', 'participates', 'participating'), types: ['ATTENDED'], preps: ['in'] },
  // ("The two commanders reviewed the results of Neon Defender 69": what came of an event is looked at afterwards.)
  // ("Staff officers of the X are observing the exercise": the present participle too.)
  { forms: v('watched', 'observed', 'witnessed', 'joined', 'join', 'joins', 'joining', 'addressed', 'opened', 'inspected', 'reviewed', 'observing', 'watching', 'witnessing'), types: ['ATTENDED'], direct: true, sendsNot: AFTERMATH },
  { forms: v('present'), types: ['ATTENDED'], preps: ['at'], after: ['was', 'were', 'is', 'are'] },
  // "leaders of X, Y and Z gathered in Maputo for a summit": the gathering is the event.
  { forms: v('gathered', 'gather', 'gathers', 'convened', 'convene', 'convenes', 'assembled'), types: ['ATTENDED'], preps: ['for', 'at'] },
  // "who inaugurated the meeting", "addressed the summit": present at it.
  { forms: v('inaugurated', 'inaugurate', 'inaugurates', 'addressed', 'address', 'addresses', 'opened', 'opens', 'chaired', 'chairs', 'chair', 'chairing', 'co-chaired', 'co-chair', 'co-chairs', 'co-chairing'), types: ['ATTENDED'], direct: true },
  { forms: v('present', 'attending', 'participating'), types: ['ATTENDED'], after: ['those'], implicitEvent: true },
  // "Bhutan and Sri Lanka sent observers": they take part in the event just named.
  { forms: v(...SENT_GROUPS), types: ['ATTENDED'], preps: ['to'], after: ['sent', 'send', 'sends', 'dispatched'], implicitEvent: true },
  // "the 308th Division marched past the rostrum", "the minister reviewed the troops": part of the parade just named.
  { forms: v('marched', 'paraded', 'reviewed'), types: ['ATTENDED'], direct: true, implicitEvent: true, implicitHeads: ['parade', 'march', 'parades', 'review', 'ceremony', 'celebration', 'celebrations'], sendsNot: AFTERMATH },
  // "the brigade trained together for five days": part of the exercise just named.
  { forms: v('trained', 'trains', 'drilled'), types: ['ATTENDED'], preps: ['in', 'during'], implicitEvent: true, implicitHeads: ['exercise', 'exercises', 'drills', 'drill', 'manoeuvres', 'maneuvers', 'games', 'war games'] },
  // "X led / commanded the parade", passive "the exercise was led by X": X takes part in the event.
  // ("The exercise is directed by X", "the drills were supervised by Y".)
  { forms: v('led', 'leads', 'commanded', 'commands', 'hosted', 'hosts', 'chaired', 'chairs', 'co-chaired', 'co-chairs', 'co-chair', 'opened', 'opens', 'addressed', 'addresses', 'directed', 'directs', 'supervised', 'supervises', 'oversaw', 'overseen', 'oversees'), types: ['ATTENDED'], direct: true },
  // "Troops from Ghana and Togo ended Exercise X", "the two navies staged a drill": the actors take part in the event.
  { forms: v('ended', 'concluded', 'began', 'launched', 'started', 'completed', 'conducted', 'staged', 'wrapped'), types: ['ATTENDED'], direct: true },
  // ("China and Russia held their own joint naval exercise, Joint Sea 2042": holding a drill too; held meetings are talks.)
  { forms: v('held', 'holding'), types: ['ATTENDED'], direct: true, objectHeads: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'war games', 'games', 'operation', 'patrol', 'patrols'] },
  // "the task force and the 1st Battalion carried out Operation Sarstún".
  { forms: v('carried', 'carry', 'carries', 'carrying'), types: ['ATTENDED'], then: ['out'], direct: true },
  // "X presided over the ceremony".
  { forms: v('presided', 'presides', 'officiated'), types: ['ATTENDED'], preps: ['over', 'at'] },
  // "the exercise involved X", "the summit brought together X and Y": X takes part.
  { forms: v('involved', 'involves', 'involving', 'included', 'includes', 'featured', 'features'), types: ['ATTENDED'], direct: true, sourceIsObject: true },
  { forms: v('brought', 'brings', 'bring', 'bringing'), types: ['ATTENDED'], then: ['together'], direct: true, sourceIsObject: true },
  // ("Exercise X ... drew troops from Barbados, Grenada and Saint Lucia": the states and units the troops came from take part.)
  ...['troops', 'forces', 'participants', 'personnel', 'soldiers', 'contingents', 'units', 'delegations'].map((noun) => ({ forms: v('drew', 'draws', 'drawing', 'attracted'), types: ['ATTENDED'] as EdgeType[], then: [noun, 'from'], direct: true, sourceIsObject: true })),
  // RECEIVED_AWARD
  // ("signed a Decree awarding the Order X to Y": the gerunds too.)
  { forms: v('awarded', 'award', 'awards', 'awarding', 'conferred', 'confer', 'conferring', 'decorated', 'bestowed', 'bestowing', 'presented', 'presents', 'handed', 'invested', 'pinned', 'pins'), types: ['RECEIVED_AWARD'], direct: true, preps: ['with', 'to', 'on', 'upon'], recipient: true },
  // "X was made a Commander of the Order of the Phoenix", "appointed an Officer of the Order of Australia".
  { forms: v('made', 'appointed', 'named'), types: ['RECEIVED_AWARD'], direct: true, recipient: true },
  // "was raised to the rank of Officer in the same order": a higher grade in an order is the order given.
  { forms: v('raised', 'elevated'), types: ['RECEIVED_AWARD'], preps: ['in'] },
  // "The Gold Cross of the Order of Beneficence went to X".
  { forms: v('went', 'goes', 'going'), types: ['RECEIVED_AWARD'], preps: ['to'], sourceIsObject: true },
  // ASSISTED
  // "X was conducted by Y, with air support from Z", "with support from Z": Z helped Y.
  { forms: v('support', 'assistance', 'backing'), types: ['ASSISTED'], after: ['with'], preps: ['from'], sourceIsObject: true },
  { forms: v('support', 'assistance'), types: ['ASSISTED'], after: ['air', 'naval', 'logistical', 'logistic', 'artillery', 'fire', 'medical', 'technical', 'intelligence'], twoBefore: ['with'], preps: ['from'], sourceIsObject: true },
  { forms: v('helped', 'help', 'helps', 'helping', 'assisted', 'assist', 'assists', 'assistance', 'aid', 'aided', 'supported', 'support', 'supports', 'supporting', 'supplying', 'supplied', 'provided', 'provide', 'provides', 'providing', 'rescued', 'rescue', 'rescues', 'evacuated', 'arming', 'backed', 'backing', 'funded', 'financed', 'financing', 'finances', 'donated', 'donate', 'donates', 'donating', 'donation', 'donations', 'gifted', 'gifts'), types: ['ASSISTED'], direct: true, preps: ['to', 'for', 'in'] },
  // ("X supplies Y with ...", not the noun: "carried the troops, vehicles and supplies to Lifuka").
  { forms: v('supply', 'supplies'), types: ['ASSISTED'], direct: true, preps: ['to', 'for', 'in'], notAfter: ['and', 'or', ',', 'the', 'of', 'its', 'their', 'medical', 'relief', 'military', 'humanitarian', 'food', 'emergency', 'essential', 'water', 'fuel'] },
  { forms: v('shoulder'), types: ['ASSISTED'], preps: ['with'], then: ['to', 'shoulder'] },
  // "X cleared the land with the help of engineers of Y": Y helped X.
  { forms: v('help', 'assistance', 'support'), types: ['ASSISTED'], after: ['the'], preps: ['of'], sourceIsObject: true, twoBefore: ['with'] },
  // "Senegal lent the mission four vehicles", "the EU paid for its training".
  { forms: v('lent', 'lend', 'lends', 'lending', 'loaned', 'equipped', 'equip', 'equips'), types: ['ASSISTED'], direct: true, preps: ['to'] },
  { forms: v('paid', 'pay', 'pays', 'paying'), types: ['ASSISTED'], then: ['for'], direct: true },
  // PRAISED
  { forms: v('thanked', 'thank', 'thanks', 'praised', 'praise', 'praises', 'hailed', 'hail', 'lauded', 'commended', 'congratulated', 'congratulate', 'applauded', 'honoured', 'honored', 'thanking', 'praising', 'commending', 'hailing', 'congratulating', 'appreciated', 'appreciates', 'appreciate', 'lauding', 'felicitated', 'felicitates', 'felicitate', 'commends', 'lauds', 'hails'), types: ['PRAISED'], direct: true },
  { forms: v('grateful', 'appreciative', 'gratitude', 'tribute'), types: ['PRAISED'], preps: ['to', 'of', 'for'] },
  // CRITICIZED
  // "She also objected to the Chilean agreement": an objection to a thing criticises it.
  { forms: v('objected', 'objects', 'objecting'), types: ['CRITICIZED'], preps: ['to'] },
  { forms: v('condemned', 'condemn', 'condemns', 'criticized', 'criticised', 'criticize', 'criticise', 'criticizes', 'criticises', 'accused', 'accuse', 'accuses', 'warned', 'warn', 'warns', 'denounced', 'denounce', 'blamed', 'blame', 'slammed', 'lambasted', 'rebuked', 'censured', 'condemning', 'criticising', 'criticizing', 'accusing', 'denouncing', 'blaming'), types: ['CRITICIZED'], direct: true },
  // FOUGHT_AGAINST
  // ("whose paratroopers fought in Afghanistan": fighting somewhere is not fighting it.)
  { forms: v('fought', 'fight', 'fights', 'fighting', 'battle', 'battled'), types: ['FOUGHT_AGAINST'], preps: ['against'], direct: true, notBefore: ['in', 'on', 'at'] },
  { forms: v('war', 'conflict', 'clashes', 'hostilities'), types: ['FOUGHT_AGAINST'], preps: ['against', 'with'] },
  { forms: v('attacked', 'attack', 'attacks', 'attacking', 'invaded', 'invade', 'invades', 'repelled', 'repel', 'repelling', 'shelled', 'struck', 'strikes', 'bombed', 'clashed', 'attacks', 'driving', 'drove', 'drive', 'pushed', 'pushing', 'expelled', 'expelling', 'ousted', 'defeated', 'defeat', 'defeats', 'routed'), types: ['FOUGHT_AGAINST'], direct: true, preps: ['on', 'with'] },
  // "X and Y clashed", "the two armies fought": each fights the other.
  { forms: v('clashed', 'clash', 'clashes', 'fought', 'skirmished'), types: ['FOUGHT_AGAINST'], reciprocal: true },
  // ("fighting on Sunday in the town of Zawiya between the 163rd Infantry Battalion and the Sahel Martyrs Brigade": so
  // do the parties of fighting between them.)
  { forms: v('fighting', 'clashes', 'battles', 'skirmishes'), types: ['FOUGHT_AGAINST'], preps: ['between'], reciprocal: true },
  // ("border guards of the two countries exchanged fire near X": so does an exchange of fire.)
  { forms: v('exchanged', 'exchange', 'exchanging'), types: ['FOUGHT_AGAINST'], then: ['fire'], reciprocal: true },
  // "repelled an attack by X": the attacker is fought.
  { forms: v('repelled', 'repel', 'repels', 'repelling', 'repulsed', 'repulse', 'thwarted', 'foiled'), types: ['FOUGHT_AGAINST'], preps: ['by'] },
  // ("the militants ... stormed the base but were driven back by soldiers of 1KR": those driven back were fought by the agent.)
  { forms: v('driven', 'beaten', 'forced', 'pushed'), types: ['FOUGHT_AGAINST'], direct: true, carries: ['back'], after: ['were', 'was', 'been'] },
];

/** Tok.classes bit of the cue words (the words cuesFor has cues for), for the scans over every token. */
export const CUE_WORD = wordClass(CUES.flatMap((c) => c.forms));

let index: Map<string, Cue[]> | undefined;
const NO_CUES: readonly Cue[] = Object.freeze([]);

/**
 * The cue with every optional field present (undefined when unset), in one key order: the cue
 * literals above have a dozen object shapes, which made each read of a cue field in the relation
 * stage a megamorphic property load; copies of one shape make them monomorphic.
 */
function uniform(c: Cue): Cue {
  return {
    forms: c.forms, types: c.types, preps: c.preps, direct: c.direct, sourceIsObject: c.sourceIsObject, then: c.then, after: c.after,
    carries: c.carries, sendsNot: c.sendsNot, twoBefore: c.twoBefore, notBefore: c.notBefore, notAfter: c.notAfter, reciprocal: c.reciprocal,
    beneficiary: c.beneficiary, recipient: c.recipient, farTarget: c.farTarget, implicitEvent: c.implicitEvent, implicitHeads: c.implicitHeads,
    passiveTypes: c.passiveTypes, objectHeads: c.objectHeads, prepNext: c.prepNext, subjects: c.subjects,
  };
}

let passiveCues: Map<Cue, Cue> | undefined;

/** The cue as a passive use reads it: only its passiveTypes (one variant per cue, made once). */
export function passiveVariant(cue: Cue): Cue {
  if (!cue.passiveTypes) return cue;
  passiveCues ??= new Map();
  let p = passiveCues.get(cue);
  if (!p) passiveCues.set(cue, (p = { ...cue, types: cue.passiveTypes }));
  return p;
}

/** Cues triggered by a lower-case word (built once, lazily). */
export function cuesFor(word: string): readonly Cue[] {
  if (!index) {
    index = new Map();
    const readings = new Map<string, Set<string>>();
    for (const c of CUES) {
      const u = uniform(c);
      const reading = readingOf(u);
      for (const f of c.forms) {
        // ("chaired", "opened", "addressed" are in two ATTENDED cues alike, "attacks" twice in one:
        // cueRelations tries a word's next cue only when the one before made nothing, and a cue that
        // makes nothing changes nothing, so a second cue with the same reading would only redo that work.)
        const seen = readings.get(f) ?? new Set<string>();
        if (seen.has(reading)) continue;
        seen.add(reading);
        readings.set(f, seen);
        index.set(f, [...(index.get(f) ?? []), u]);
      }
    }
  }
  return index.get(word) ?? NO_CUES;
}

/** What a cue reads in a sentence: every field but its forms (two cues alike in these make the same relations). */
function readingOf(cue: Cue): string {
  return JSON.stringify({ ...cue, forms: undefined });
}

/** Forms of "provide" an agreement's terms follow ("providing for joint patrols"). */
export const PROVIDES: ReadonlySet<string> = new Set(['providing', 'provides', 'provided']);

/** Words that make the following cue a negated statement. */
export const NEGATORS = new Set(['not', "n't", 'never', 'denied', 'denies', 'deny', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'rejected', 'without', 'neither', 'nor', 'no']);
/** Tok.classes bit of NEGATORS. */
export const NEGATOR = wordClass(NEGATORS);

/** Some token of [from, to) is a negator ("did not sign", "denied sending"). */
export function negatedBetween(toks: ReadonlyArray<{ lower: string }>, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (NEGATORS.has(toks[k]!.lower)) return true;
  return false;
}

/** Verbs of a closing attribution (", the ministry reported.", ", the Ministry of Defence said."). */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(['said', 'reported', 'announced', 'stated', 'added', 'says', 'reports', 'confirmed']);

/** Speech and reporting verbs (attribution). */
export const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'stressed', 'noted', 'added', 'stated', 'announced', 'declared', 'quoted', 'wrote', 'emphasized', 'emphasised', 'explained', 'claimed', 'insisted', 'recalled', 'confirmed', 'published', 'cited']);
/** Tok.classes bit of SPEECH_VERBS. */
export const SPEECH_VERB = wordClass(SPEECH_VERBS);

/** Nouns of praise: "had shown courage and heroism" said by X praises the one who showed it. */
export const PRAISE_NOUNS = new Set(['heroism', 'courage', 'bravery', 'valour', 'valor', 'professionalism', 'selflessness', 'dedication', 'gallantry']);
