// Every word the bot says, by message id, Danish and English side by side. Danish first: it is the users' language.
// Domain code returns codes and data; the bot and the cards turn them into words here, and only here.
//
// A text is filled by t(id, lang, vars):
//   {name}              the value of `name` (a number in the language's own form: 12.345 in Danish, 12,345 in English)
//   {name|one|other}    `one` when name is 1, else `other`; `#` in either stands for the number
// Dates and periods are formatted by domain/periodFormat.ts (re-exported below), which writes them the Danish way.
// test/unit/catalog.test.ts fails when an entry lacks a language, when a Danish text names an English-only command,
// or when an id is no longer used anywhere.
import type { Lang } from '../domain/types';

export { formatDay, formatPeriod } from '../domain/periodFormat';

export interface CatalogEntry {
  da: string;
  en: string;
}

export const CATALOG = {
  // ----- The turn loop: unknown commands, failures, refusals
  'turn.unknownCommand': { da: 'Den kommando kender jeg ikke: {word}.', en: "I don't know that command: {word}." },
  'turn.tooLong': {
    da: 'Det er for langt til {command}: højst {max} tegn, og der er {length}. Intet er gemt. Skriv det kortere.',
    en: 'That is too long for {command}: at most {max} characters, and there are {length}. Nothing was saved. Write it shorter.',
  },
  'turn.didYouMean': { da: 'Mente du {suggestion}?', en: 'Did you mean {suggestion}?' },
  'turn.seeHelp': { da: 'Skriv /hjælp for at se alle kommandoer.', en: 'Type /help to see every command.' },
  'turn.notUnderstood': {
    da:
      'Det forstod jeg ikke. Jeg kan logge, hvad I har gjort (/log), holde styr på frister og arrangementer og svare ' +
      'på spørgsmål som "hvad skal vi nå i denne måned?". Skriv /hjælp for at se alle kommandoer.',
    en:
      'I did not understand that. I can log what you did (/log), keep track of deadlines and events, and answer ' +
      'questions like "what\'s due this month?". Type /help to see every command.',
  },
  'turn.storageDown': {
    da: 'Jeg kan ikke nå databasen lige nu, så intet er gemt. Prøv igen om lidt. (fejl-id {turnId})',
    en: 'I cannot reach storage right now, so nothing was saved. Please try again in a moment. (error id {turnId})',
  },
  'turn.storageUncertain': {
    da:
      'Databasen svarede ikke i tide, så jeg ved ikke, om det blev gemt: det kan nå frem om lidt. Se efter med /søg ' +
      'om et minut, før du skriver det igen. (fejl-id {turnId})',
    en:
      'Storage did not answer in time, so I cannot tell whether it was saved: it may still arrive. Check with /find ' +
      'in a minute before you write it again. (error id {turnId})',
  },
  'turn.failedAfterSave': {
    da: 'Noget gik galt, efter at jeg havde gemt det: se efter med /søg, før du skriver det igen. (fejl-id {turnId})',
    en: 'Something went wrong after I had saved it: check with /find before you write it again. (error id {turnId})',
  },
  'turn.savedAfterAll': {
    da: 'Det er gemt (første forsøg nåede frem, selv om jeg ikke kunne bekræfte det dengang).',
    en: 'It is saved (the first attempt arrived, though I could not confirm it then).',
  },
  'turn.cardRefused': {
    da: 'Teams ville ikke vise mit svarkort, så her er svaret som tekst.',
    en: 'Teams would not show my reply card, so here is the answer as text.',
  },
  'turn.storageFileGone': {
    da:
      'Databasefilen er blevet slettet eller udskiftet, mens jeg kørte, så intet er gemt. Sig det til den, der ' +
      'driver Tovholder: jeg skal genstartes, måske med en sikkerhedskopi. (fejl-id {turnId})',
    en:
      'The database file was deleted or replaced while I was running, so nothing was saved. Tell whoever runs ' +
      'Tovholder: I need a restart, perhaps from a backup. (error id {turnId})',
  },
  'turn.storageCorrupt': {
    da:
      'Databasefilen er beskadiget, så jeg gemmer intet lige nu, og intet er gemt. Det, der allerede er gemt, kan ' +
      'jeg stadig vise. Sig det til den, der driver Tovholder: den skal gendannes fra en sikkerhedskopi. (fejl-id ' +
      '{turnId})',
    en:
      'The database file is damaged, so I am saving nothing right now, and nothing was saved. I can still show what ' +
      'is already saved. Tell whoever runs Tovholder: it must be restored from a backup. (error id {turnId})',
  },
  'turn.storageReadOnly': {
    da:
      'Jeg må ikke skrive i min datamappe (den er skrivebeskyttet), så intet er gemt. Sig det til den, der driver ' +
      'Tovholder. (fejl-id {turnId})',
    en: 'I may not write to my data folder (it is read-only), so nothing was saved. Tell whoever runs Tovholder. (error id {turnId})',
  },
  'turn.storageDiskFull': {
    da: 'Disken med min database er fuld, så intet er gemt. Sig det til den, der driver Tovholder. (fejl-id {turnId})',
    en: 'The disk holding my database is full, so nothing was saved. Tell whoever runs Tovholder. (error id {turnId})',
  },
  'turn.internalError': {
    da: 'Noget gik galt hos mig, og intet er gemt. Prøv igen; sker det igen, så giv fejl-id {turnId} videre til jeres IT.',
    en: 'Something went wrong on my side and nothing was saved. Try again; if it happens again, pass error id {turnId} to your IT team.',
  },
  'turn.failed': { da: 'Noget gik galt. Prøv igen.', en: 'Something went wrong. Please try again.' },
  'turn.tenantRefused': {
    da: 'Tovholder er ikke sat op til jeres organisation, så jeg kan ikke hjælpe her.',
    en: 'Tovholder is not set up for your organisation, so I cannot help here.',
  },
  'turn.thanks': {
    da: 'Selv tak! Skriv bare, når der er mere at holde styr på.',
    en: "You're welcome! Just write when there is more to keep track of.",
  },
  'turn.notYet': { da: '{command} er ikke klar endnu.', en: '{command} is not ready yet.' },
  'turn.unknownButton': {
    da: 'Den knap kender jeg ikke. Prøv kommandoen igen, eller skriv /hjælp.',
    en: 'I do not know that button. Try the command again, or type /help.',
  },

  // ----- Small words
  'word.and': { da: 'og', en: 'and' },
  'word.today': { da: 'i dag', en: 'today' },
  'word.tomorrow': { da: 'i morgen', en: 'tomorrow' },
  'word.inDays': { da: 'om {n|1 dag|# dage}', en: 'in {n|1 day|# days}' },
  'word.daysAgo': { da: '{n|1 dag|# dage} siden', en: '{n|1 day|# days} ago' },
  'time.clock': { da: '{hh}.{mm}', en: '{hh}:{mm}' },
  'time.at': { da: 'kl. {time}', en: 'at {time}' },
  'weekday.1': { da: 'mandag', en: 'Monday' },
  'weekday.2': { da: 'tirsdag', en: 'Tuesday' },
  'weekday.3': { da: 'onsdag', en: 'Wednesday' },
  'weekday.4': { da: 'torsdag', en: 'Thursday' },
  'weekday.5': { da: 'fredag', en: 'Friday' },
  'weekday.6': { da: 'lørdag', en: 'Saturday' },
  'weekday.7': { da: 'søndag', en: 'Sunday' },
  'button.done': { da: 'Færdig', en: 'Done' },
  'button.undo': { da: 'Fortryd', en: 'Undo' },
  'button.edit': { da: 'Ret', en: 'Edit' },
  'button.save': { da: 'Gem', en: 'Save' },
  'button.showMore': { da: 'Vis flere', en: 'Show more' },
  'button.more': { da: 'Mere', en: 'More' },
  'button.showMoreCount': { da: 'Vis flere ({n} mere)', en: 'Show more ({n} more)' },

  // ----- Help
  'help.summary': { da: 'Tovholders kommandoer', en: "Tovholder's commands" },
  'help.title': { da: 'Tovholder holder fast i trådene', en: 'Tovholder keeps hold of the threads' },
  'help.intro.team': {
    da: 'Skriv til mig med @Tovholder i kanalen. Alt, I gemmer, deles af hele teamet, i alle dets kanaler.',
    en: 'Write to me with @Tovholder in the channel. Everything you save is shared by the whole team, in all its channels.',
  },
  'help.intro.groupChat': {
    da: 'Skriv til mig med @Tovholder her i chatten. Det, I gemmer her, deles af alle i chatten og kun dem.',
    en: 'Write to me with @Tovholder here in the chat. What you save here is shared by everyone in this chat, and only them.',
  },
  'help.intro.personal': {
    da: 'Skriv bare her. Det, du gemmer her, ser kun du; teamets fælles log finder du ved at skrive til mig i teamets kanal.',
    en: "Just write here. What you save here only you can see; the team's shared log is where you write to me in the team's channel.",
  },
  'help.footer': {
    da: 'Datoer må skrives som I plejer: "7. november", "14/6", "medio august 2024", "uge 45", "senest d. 15. december", "i morgen".',
    en: 'Dates can be written the usual way: "7 November", "14/6", "mid August 2024", "week 45", "by 15 December", "tomorrow".',
  },
  'help.heading.log': { da: 'Log det, I har gjort', en: 'Log what you did' },
  'help.heading.coming': { da: 'Det, der kommer', en: 'What is coming' },
  'help.heading.digest': { da: 'Overblik og påmindelser', en: 'Digest and reminders' },
  'help.log.example': { da: '/log presse Jyllandsposten om mikrolån', en: '/log press Jyllandsposten on micro-loans' },
  'help.log.text': {
    da:
      'Gem en handling. Arter: presse, arrangement, møde, foretræde, henvendelse, besøg, film, pris, andet. En dato ' +
      'i teksten ("i går", "d. 7. november") bliver handlingens dato. Indsæt en liste (fx fra KKR-sliden) for at ' +
      'gemme én handling pr. linje.',
    en:
      'Save an action. Kinds: press, event, meeting, hearing, letter, visit, film, award, other. A date in the text ' +
      '("yesterday", "7 November") becomes its date. Paste a list (a KKR slide) to save one action per line.',
  },
  'help.logMessage.example': { da: '··· ved en besked › Log i Tovholder', en: '··· on a message › Log in Tovholder' },
  'help.logMessage.text': {
    da: 'Log en besked, hvor den står: tekst, art, dato, links og kolleger udfyldes fra beskeden, og logkortet svarer i tråden.',
    en: 'Log a message where it is: text, kind, date, links and colleagues are filled in from it, and the log card replies in its thread.',
  },
  'help.logLink.example': { da: '/log https://nordjyske.dk/…', en: '/log https://nordjyske.dk/…' },
  'help.logLink.text': {
    da:
      'Et link er nok: mediet læses af adressen (DR, TV 2, Nordjyske, Altinget, ft.dk …), og kortet får Åbn. @nævnte ' +
      'kolleger kommer med på posten.',
    en:
      'A link is enough: the outlet is read from the address (DR, TV 2, Nordjyske, Altinget, ft.dk …) and the card ' +
      'gets Open. @mentioned colleagues are added to the entry.',
  },
  'help.find.example': { da: '/søg mikrolån', en: '/find micro-loans' },
  'help.find.text': {
    da: 'Find logposter, arrangementer og frister, der indeholder ordene, eller det en kollega har logget: /søg af Anne.',
    en: 'Find log entries, events and deadlines that contain the words, or what a colleague logged: /find by Anne.',
  },
  'help.who.example': { da: '/hvem Jyllandsposten', en: '/who Jyllandsposten' },
  'help.who.text': {
    da: 'Historikken med én interessent: antal, seneste kontakt, poster efter art.',
    en: "One stakeholder's history: count, last contact, entries by kind.",
  },
  'help.stakeholder.example': { da: '/interessent tilføj Danmarks Radio', en: '/stakeholder add Danmarks Radio' },
  'help.stakeholder.text': {
    da: 'Tilføj en interessent eller et medie, som loggen skal genkende.',
    en: 'Add a stakeholder or outlet for the log to recognise.',
  },
  'help.experiment.example': { da: '/forsøg tilføj Fleksjob', en: '/experiment add Fleksjob' },
  'help.experiment.text': {
    da: 'Tilføj et forsøg, som logposter kan mærkes med.',
    en: 'Add an experiment that log entries can be tagged with.',
  },
  'help.heading.registry': { da: 'Forsøg, resultater og kommuner', en: 'Experiments, results and municipalities' },
  'help.experiments.example': { da: '/forsøg', en: '/experiment' },
  'help.experiments.text': { da: 'Alle forsøg efter status, med antal.', en: 'Every experiment by status, with counts.' },
  'help.experimentPage.example': { da: '/forsøg lægeattester', en: '/experiment lægeattester' },
  'help.experimentPage.text': {
    da: 'Forsøgets side: titel, status og historik, kommuner, resultater, loggen om det og det, der kommer.',
    en: "The experiment's page: title, status and history, municipalities, results, the log about it and what is coming.",
  },
  'help.experimentStatus.example': {
    da: '/forsøg status mentor helt ophør 1. januar 2020',
    en: '/experiment status mentor fully ended 1 January 2020',
  },
  'help.experimentStatus.text': {
    da:
      'Skift status: i gang, fortsætter, delvist ophør, helt ophør eller imødekommet, med datoen og evt. en note ' +
      'efter et kolon. "/forsøg kommuner lægeattester Aalborg, Hjørring" angiver kommunerne.',
    en:
      'Change the status: running, continues, partly ended, fully ended or accommodated, with the date and a note ' +
      'after a colon. "/experiment municipalities lægeattester Aalborg, Hjørring" sets the municipalities.',
  },
  'help.result.example': {
    da: '/resultat lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018',
    en: '/result lægeattester: about 2.000 fewer certificates in the 2nd half of 2018',
  },
  'help.result.text': {
    da: 'Gem et resultat af et forsøg; tal som 2.000 og 2,5 mio. kr. genkendes.',
    en: 'Save a result of an experiment; figures such as 2.000 and 2,5 mio. kr. are recognised.',
  },
  'help.municipality.example': { da: '/kommune Hjørring', en: '/municipality Hjørring' },
  'help.municipality.text': {
    da: 'Kommunens side: det loggede, dens forsøg og godkendelser.',
    en: "The municipality's page: what was logged, its experiments and approvals.",
  },
  'help.approved.example': { da: '/godkendt Hjørring politisk godkendelse', en: '/approved Hjørring politisk godkendelse' },
  'help.approved.text': {
    da:
      'Markér en kommunes godkendelse på en frist "i alle kommuner" (7 af 11 godkendt · mangler: …). "/godkendt ' +
      'fortryd …" tager den tilbage.',
    en:
      'Mark a municipality\'s approval on a deadline "in all municipalities" (7 of 11 approved · missing: …). ' +
      '"/approved undo …" takes it back.',
  },
  'help.approvalRun.example': {
    da:
      '/godkendelse Evalueringsrapport marts 2021 af Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, ' +
      'Kommunaldirektørkredsen og KKR',
    en: '/approval Evaluation report March 2021 by Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen and KKR',
  },
  'help.approvalRun.text': {
    da:
      'En frist, som hver i en kæde skal godkende: samme tælling og knapper som i alle kommuner. Markér med ' +
      '"/godkendt Jobcenterchefkredsen evalueringsrapport".',
    en:
      'A deadline that each in a chain must approve: the same tally and buttons as in all municipalities. Mark it ' +
      'with "/approved Jobcenterchefkredsen evaluation report".',
  },
  'help.event.example': { da: '/arrangement JobCamp 7. november kl. 9 Vejle', en: '/event JobCamp 7 November 9:00 Vejle' },
  'help.event.text': {
    da: 'Tilføj et arrangement (dato, tid og sted er valgfri).',
    en: 'Add an event (date, time and place are optional).',
  },
  'help.deadline.example': { da: '/frist Aflevering af rapport senest d. 15. december', en: '/deadline Final report by 15 December' },
  'help.deadline.text': {
    da: 'Tilføj en frist. Indsæt flere linjer (fx en tidsplan fra et slide) for at tilføje én frist pr. linje.',
    en: 'Add a deadline. Paste several lines (a timeline from a slide) to add one deadline per line.',
  },
  'help.due.example': { da: '/frister næste måned', en: '/due next month' },
  'help.due.text': {
    da: 'Hvad forfalder i en periode (uden periode: denne måned).',
    en: 'What is due in a period (no period: this month).',
  },
  'help.events.example': { da: '/arrangementer', en: '/events' },
  'help.events.text': {
    da: 'Kommende arrangementer. /deadlines viser kommende frister.',
    en: 'Upcoming events. /deadlines lists upcoming deadlines.',
  },
  'help.done.example': { da: '/færdig slutrapport', en: '/done final report' },
  'help.done.text': { da: 'Markér en frist eller et arrangement som færdigt.', en: 'Mark a deadline or an event as done.' },
  'help.delete.example': { da: '/slet JobCamp', en: '/delete JobCamp' },
  'help.delete.text': {
    da: 'Slet en frist eller et arrangement, der var forkert (Fortryd sætter den tilbage). Kortene har også Slet.',
    en: 'Delete a deadline or an event that was wrong (Undo puts it back). The cards have Delete too.',
  },
  'help.question.example': { da: 'hvad sker der i næste uge?', en: "what's due next week?" },
  'help.question.text': {
    da: 'Spørg med almindelige ord, på dansk eller engelsk, fx "hvornår er byrådsbehandlingen?".',
    en: 'Ask in plain words, in Danish or English, e.g. "when is the final report?".',
  },
  'help.digest.example': { da: '/overblik', en: '/digest' },
  'help.digest.text': {
    da: 'Det ugentlige overblik: vis indstillinger, /overblik tirsdag 9:00, /overblik her, /overblik nu, /overblik fra.',
    en: 'The weekly digest: show settings, /digest tuesday 9:00, /digest here, /digest now, /digest off.',
  },
  'help.heading.reports': { da: 'Rapporter til KKR og ministeriet', en: 'Reports for KKR and the ministry' },
  'help.status.example': { da: '/status siden 1. september', en: '/status since 1 September' },
  'help.status.text': {
    da: 'Status siden sidst, grupperet som på KKR-slidet, med evalueringens milepæle og tal; hent den som PowerPoint, Excel eller CSV.',
    en:
      'Status since last time, grouped as on the KKR slide, with the evaluation milestones and numbers; download it ' +
      'as PowerPoint, Excel or CSV.',
  },
  'help.stats.example': { da: '/tal 2020', en: '/stats 2020' },
  'help.stats.text': {
    da: 'Antal handlinger pr. måned, art, forsøg, kommune og interessent.',
    en: 'Actions counted by month, kind, experiment, municipality and stakeholder.',
  },
  'help.export.example': { da: '/eksport 2. halvår 2019', en: '/export second half of 2019' },
  'help.export.text': { da: 'Loggen for en periode som regneark og CSV.', en: 'The log of a period as a workbook and as CSV.' },
  'help.remind.example': { da: '/påmind', en: '/remind' },
  'help.heading.privacy': { da: 'Historik og personoplysninger', en: 'History and personal data' },
  'help.history.example': { da: '/historik mikrolån', en: '/history micro-loans' },
  'help.history.text': {
    da: 'Hvem ændrede hvad og hvornår i en logpost, frist, et arrangement eller forsøg (også knappen Historik).',
    en: 'Who changed what and when in a log entry, deadline, event or experiment (also the History button).',
  },
  'help.myData.example': { da: '/mine data', en: '/my data' },
  'help.myData.text': { da: 'Alt, der er gemt om dig her.', en: 'Everything stored about you here.' },
  'help.forget.example': { da: '/glem Anne Sørensen', en: '/forget Anne Sørensen' },
  'help.forget.text': {
    da: 'Kun administratorer: slet en kollegas navn og id i dette team (/glem tekst <navn> sletter en nævnt person i teamets tekster).',
    en:
      "Administrators only: erase a colleague's name and id in this team (/forget text <name> erases a person named " +
      "in the team's texts).",
  },
  'help.remind.text': {
    da: 'Påmindelser før arrangementer og frister: vis, ændr eller slå fra.',
    en: 'Reminders before events and deadlines: show, change or turn off.',
  },

  // ----- The log: /log, its cards and buttons
  'log.summary': { da: 'Logget: {text}', en: 'Logged: {text}' },
  'log.tooLong': {
    da: 'Teksten er {length} tegn lang, men en logpost må højst være {max} tegn. Intet er gemt. Forkort den og prøv igen.',
    en: 'The text is {length} characters long, but a log entry can be at most {max}. Nothing was saved. Shorten it and try again.',
  },
  'log.noText': {
    da: 'Skriv hvad der skete efter "{kind}", fx "/log {kind} Jyllandsposten skrev om mikrolån". Intet er gemt.',
    en: 'Write what happened after "{kind}", e.g. "/log {kind} Jyllandsposten wrote about micro-loans". Nothing was saved.',
  },
  'log.impossibleDate': {
    da: '"{date}" er ikke en dato, der findes, så intet er gemt. Ret datoen og prøv igen, fx "d. 28. februar" eller "i går".',
    en: '"{date}" is not a date that exists, so nothing was saved. Correct it and try again, e.g. "28 February" or "yesterday".',
  },
  'log.empty': {
    da: 'Skriv hvad I har gjort, fx "/log presse Jyllandsposten om mikrolån".',
    en: 'Write what you did, e.g. "/log press Jyllandsposten on micro-loans".',
  },
  'log.notFound': {
    da: 'Den logpost findes ikke i denne log (den kan være fortrudt, eller kortet hører til en anden kanal). Intet er ændret.',
    en: 'That log entry is not in this log (it may have been undone, or the card belongs to another channel). Nothing was changed.',
  },
  'log.chooseKindFirst': { da: 'Vælg en art for logposten. Intet er gemt.', en: 'Choose a kind for the log entry. Nothing was saved.' },
  'log.alreadyUndone': {
    da: 'Logposten er allerede fortrudt. Intet er ændret.',
    en: 'That log entry is already undone. Nothing was changed.',
  },
  // A list pasted after /log: one entry a line (bot/commands/logList.ts)
  'logList.title': { da: '{saved|1 logpost|# logposter} gemt fra listen', en: '{saved|1 log entry|# log entries} saved from the list' },
  'logList.nothingNew': { da: 'Intet nyt gemt', en: 'Nothing new saved' },
  'logList.titleAlready': {
    da: '{already|1 linje|# linjer} var allerede i loggen',
    en: '{already|1 line was|# lines were} in the log already',
  },
  'logList.titleBad': { da: '{bad|1 linje|# linjer} kunne jeg ikke læse', en: '{bad|1 line|# lines} I could not read' },
  'logList.badNote': {
    da: 'Linjerne i rødt er ikke gemt. Log dem én ad gangen med /log, fx "/log møde med KL i går om samtaler".',
    en: 'The lines in red were not saved. Log them one at a time with /log, e.g. "/log meeting with KL yesterday on conversations".',
  },
  'logList.already': { da: 'allerede i loggen: ikke gemt igen', en: 'already in the log: not saved again' },
  'logList.repeat': { da: 'samme som linje {line}: ikke gemt', en: 'same as line {line}: not saved' },
  'logList.heading': { da: 'en overskrift: ikke gemt', en: 'a heading: not saved' },
  'logList.noKind': {
    da: 'ingen art (møde, presse, besøg …): ikke gemt',
    en: 'no kind (meeting, press, visit …): not saved',
  },
  'logList.impossible': { da: '"{text}" findes ikke: ikke gemt', en: '"{text}" does not exist: not saved' },
  'logList.tooLong': { da: 'over {max} tegn: ikke gemt', en: 'over {max} characters: not saved' },
  'logList.noText': { da: 'ingen tekst: ikke gemt', en: 'no text: not saved' },
  'logList.coming': { da: 'kommende: {when}', en: 'coming: {when}' },
  'logList.hidden': {
    da: '… og {n|1 linje|# linjer} mere, som er gemt. Find dem med /søg.',
    en: '… and {n|1 more line|# more lines}, saved. Find them with /find.',
  },
  'logList.undo': { da: 'Fortryd hele listen', en: 'Undo the whole list' },
  'logList.addEvents': { da: 'Tilføj kommende som arrangementer', en: 'Add the coming ones as events' },
  'logList.eventsAdded': {
    da: '{n|1 kommende dato|# kommende datoer} tilføjet som arrangement af {by}.',
    en: '{n|1 coming date|# coming dates} added as events by {by}.',
  },
  'logList.eventsExisted': {
    da: '{n|1 stod|# stod} allerede på listerne den dag med det navn og er ikke tilføjet to gange.',
    en: '{n|1 was|# were} on the lists that day under that name already and not added twice.',
  },
  'logList.undone': {
    da: 'Fortrudt: {n|1 logpost|# logposter} fjernet igen fra loggen.',
    en: 'Undone: {n|1 log entry|# log entries} removed from the log again.',
  },
  'logList.alreadyUndone': {
    da: 'Listens logposter er allerede fortrudt. Intet er ændret.',
    en: "The list's log entries are already undone. Nothing was changed.",
  },
  'logList.summary': { da: 'Liste logget: {n|1 logpost|# logposter}', en: 'List logged: {n|1 log entry|# log entries}' },
  'logList.tooMany': {
    da:
      'Listen har {lines} linjer og {chars} tegn; jeg tager højst {maxLines} linjer og {maxChars} tegn ad gangen. ' +
      'Intet er gemt. Del den op og prøv igen.',
    en:
      'The list has {lines} lines and {chars} characters; I take at most {maxLines} lines and {maxChars} characters ' +
      'at a time. Nothing was saved. Split it and try again.',
  },
  'logCard.saved': { da: 'Logget: {kind}', en: 'Logged: {kind}' },
  'logCard.updated': { da: 'Rettet: {kind}', en: 'Edited: {kind}' },
  'logCard.undone': { da: 'Fortrudt: fjernet fra loggen', en: 'Undone: removed from the log' },
  'logCard.undoneBy': { da: 'Fortrudt af {by}: fjernet fra loggen', en: 'Undone by {by}: removed from the log' },
  'logCard.kind': { da: 'Art', en: 'Kind' },
  'logCard.date': { da: 'Dato', en: 'Date' },
  'logCard.stakeholders': { da: 'Interessenter', en: 'Stakeholders' },
  'logCard.experiments': { da: 'Forsøg', en: 'Experiments' },
  'logCard.municipalities': { da: 'Kommuner', en: 'Municipalities' },
  'logCard.author': { da: 'Logget af', en: 'Logged by' },
  'logCard.inferredLink': {
    da: 'Arten er sat til presse, fordi linket er fra et medie. Ret den, hvis det er forkert.',
    en: 'The kind is set to press because the link is from a news outlet. Change it if that is wrong.',
  },
  'logCard.unnamedMinister': {
    da:
      '"{word}" er ikke mærket som en bestemt minister eller et ministerium. Skriv navnet (fx ' +
      'Beskæftigelsesministeren) med Ret, så /hvem finder posten.',
    en:
      '"{word}" is not tagged as a particular minister or ministry. Write the name (e.g. Beskæftigelsesministeren) ' +
      'with Edit, so that /who finds the entry.',
  },
  'logCard.inferred': {
    da: 'Arten er sat til presse, fordi teksten nævner et medie. Ret den, hvis det er forkert.',
    en: 'The kind is set to press because the text names an outlet. Edit it if that is wrong.',
  },
  'logCard.choose': {
    da: 'Hvilken slags handling er det? Vælg, så gemmer jeg den.',
    en: 'What kind of action is this? Choose one and I will save it.',
  },
  'logCard.formNew': { da: 'Ny logpost', en: 'New log entry' },
  'logCard.formEdit': { da: 'Ret logposten', en: 'Edit the log entry' },
  'logCard.kindError': { da: 'Vælg en art', en: 'Choose a kind' },
  'logCard.textLabel': { da: 'Hvad skete der?', en: 'What happened?' },
  'logCard.textError': { da: 'Skriv hvad der skete (højst {max} tegn)', en: 'Write what happened (at most {max} characters)' },
  'logCard.textPlaceholder': { da: 'Fx "Jyllandsposten skrev om mikrolån"', en: 'E.g. "Jyllandsposten wrote about micro-loans"' },
  'logCard.formDateHint': {
    da: 'Lad datoen stå tom, så bruger jeg datoen i teksten (eller dagen, den blev skrevet).',
    en: 'Leave the date empty and I use the date in the text (or the day it was written).',
  },
  'logCard.coming': { da: 'Kommende', en: 'Coming' },
  'logCard.addEvent': { da: 'Tilføj som arrangement', en: 'Add as event' },
  'logCard.comingNote': {
    da:
      '"{what}" {when} ligger forude, så logposten står på den dag, den blev skrevet. Tilføj den som arrangement, så ' +
      'kommer den på listerne.',
    en: '"{what}" {when} lies ahead, so the entry stays on the day it was written. Add it as an event to put it on the lists.',
  },
  'logCard.eventExisted': {
    da: 'Arrangementet står allerede på listerne den dag: "{what}". Det er ikke tilføjet to gange.',
    en: 'The event is already on the lists that day: "{what}". It was not added twice.',
  },
  'logCard.eventAdded': {
    da: 'Tilføjet som arrangement af {by}: "{what}". Den kommer nu på listerne og i påmindelserne.',
    en: 'Added as an event by {by}: "{what}". It is now on the lists and in the reminders.',
  },
  'logCard.yearNote': {
    da: 'Året står ikke i teksten; jeg har valgt {year}, det nærmeste. Ret datoen, hvis det er forkert.',
    en: 'The text gives no year; I chose {year}, the nearest. Edit the date if that is wrong.',
  },
  // Links, colleagues and the message an entry was logged from ("Log i Tovholder").
  'logCard.colleagues': { da: 'Kolleger', en: 'Colleagues' },
  'logCard.quoted': { da: 'Citeret', en: 'Quoted' },
  'logCard.source': { da: 'Kilde', en: 'Source' },
  'logCard.fromMessage': { da: 'Fra besked af', en: 'From a message by' },
  'logCard.open': { da: 'Åbn', en: 'Open' },
  'logCard.openNamed': { da: 'Åbn {label}', en: 'Open {label}' },
  // The result an entry used as its talking point ("Brugt resultat" on the card, picked from its experiments' results).
  'logCard.result': { da: 'Brugt resultat', en: 'Result used' },
  'logCard.pickResult': { da: 'Brugt resultat…', en: 'Result used…' },
  'logCard.resultLinked': { da: 'Resultatet er knyttet til logposten', en: 'The result is linked to the log entry' },
  'logCard.resultUnlinked': {
    da: 'Logposten er ikke længere knyttet til et resultat',
    en: 'The log entry is no longer linked to a result',
  },
  'logResult.heading': { da: 'Hvilket resultat brugte I?', en: 'Which result did you use?' },
  'logResult.intro': {
    da: 'Vælg det resultat af {experiments}, som logposten brugte. Forsøgets side tæller, hvor tit hvert resultat er brugt.',
    en: "Choose the result of {experiments} that the log entry used. The experiment's page counts how often each result was used.",
  },
  'logResult.none': { da: 'Intet resultat', en: 'No result' },
  'logResult.link': { da: 'Knyt til logposten', en: 'Link to the entry' },
  'logResult.back': { da: 'Tilbage', en: 'Back' },
  'logResult.noResults': {
    da: 'Der er endnu ingen resultater af {experiments}. Gem et med "/resultat {first}: …", og tryk så igen. Intet er ændret.',
    en: 'There are no results of {experiments} yet. Save one with "/result {first}: …", then press again. Nothing was changed.',
  },
  'logResult.noExperiment': {
    da: 'Logposten handler ikke om et forsøg, så der er intet resultat at knytte til den. Ret teksten, så den nævner forsøget.',
    en: 'The log entry is not about an experiment, so there is no result to link to it. Edit the text so it names the experiment.',
  },
  'logResult.unknown': {
    da: 'Det resultat hører ikke til logpostens forsøg (eller findes ikke længere). Intet er ændret.',
    en: "That result does not belong to the entry's experiments (or no longer exists). Nothing was changed.",
  },
  'logCard.alreadyLogged': { da: 'Allerede logget', en: 'Already logged' },
  'logCard.alreadyLoggedNote': {
    da: 'Den besked er allerede logget, så intet nyt er gemt. Sådan står den i loggen.',
    en: 'That message is already logged, so nothing new was saved. This is the entry as it stands.',
  },

  // ----- "Log i Tovholder": the message extension's dialog (a message read as /log reads it)
  'logDialog.title': { da: 'Log i Tovholder', en: 'Log in Tovholder' },
  'logDialog.heading': { da: 'Log beskeden', en: 'Log the message' },
  'logDialog.links': { da: 'Links (ét pr. linje)', en: 'Links (one per line)' },
  'logDialog.from': { da: 'Beskeden er skrevet af', en: 'The message was written by' },
  'logDialog.fromError': {
    da: 'Skriv hvem der skrev beskeden (højst {max} tegn)',
    en: 'Write who wrote the message (at most {max} characters)',
  },
  'logDialog.noFrom': {
    da: 'Skriv hvem der skrev beskeden. Intet er gemt.',
    en: 'Write who wrote the message. Nothing was saved.',
  },
  'logDialog.fromTooLong': {
    da: 'Navnet på den, der skrev beskeden, er {length} tegn, men højst {max}. Intet er gemt.',
    en: 'The name of who wrote the message is {length} characters, but at most {max}. Nothing was saved.',
  },
  'logDialog.recognised': {
    da: 'Genkendt: {names}. Det læses igen af teksten, når du gemmer.',
    en: 'Recognised: {names}. It is read again from the text when you save.',
  },
  'logDialog.tooLongNote': {
    da: 'Beskeden er {length} tegn, men en logpost må højst være {max}. Forkort teksten, før du gemmer.',
    en: 'The message is {length} characters, but a log entry can be at most {max}. Shorten the text before you save.',
  },
  'logDialog.tooLong': {
    da: 'Teksten er {length} tegn, men en logpost må højst være {max}. Intet er gemt. Forkort den og tryk Gem igen.',
    en: 'The text is {length} characters, but a log entry can be at most {max}. Nothing was saved. Shorten it and press Save again.',
  },
  'logDialog.noText': { da: 'Skriv hvad der skete. Intet er gemt.', en: 'Write what happened. Nothing was saved.' },
  'logDialog.badDate': {
    da: '"{date}" er ikke en dato. Vælg datoen i kalenderen. Intet er gemt.',
    en: '"{date}" is not a date. Pick the date in the calendar. Nothing was saved.',
  },
  'logDialog.badLink': {
    da: '"{link}" er ikke et link (det skal begynde med https://). Intet er gemt.',
    en: '"{link}" is not a link (it must start with https://). Nothing was saved.',
  },
  'logDialog.summary': { da: 'Logget fra en besked: {text}', en: 'Logged from a message: {text}' },
  'logDialog.threadReplyFailed': {
    da: 'Logposten er gemt, men jeg kunne ikke skrive i beskedens tråd. Den findes med /søg.',
    en: "The entry is saved, but I could not reply in the message's thread. /find finds it.",
  },
  'logDialog.unknownCommand': {
    da: 'Den handling kender jeg ikke. Prøv "Log i Tovholder" igen.',
    en: 'I do not know that action. Try "Log in Tovholder" again.',
  },

  // ----- /find and /who
  'find.how': {
    da: 'Skriv hvad du søger efter, fx "/søg mikrolån", "/søg Jyllandsposten TV2" eller "/søg af Anne" (det Anne har logget).',
    en: 'Write what to look for, e.g. "/find micro-loans", "/find Jyllandsposten TV2" or "/find by Anne" (what Anne logged).',
  },
  'find.nothing': { da: 'Intet fundet for "{query}"', en: 'Nothing found for "{query}"' },
  'find.heading': { da: 'Søgning: "{query}": {n} fund', en: 'Search: "{query}": {n} found' },
  'find.tryFewer': {
    da: 'Prøv færre eller kortere ord: "mikro" finder også "mikrolån".',
    en: 'Try fewer or shorter words: "mikro" also finds "mikrolån".',
  },
  'find.showing': { da: 'Viser {from}–{to} af {n}.', en: 'Showing {from}–{to} of {n}.' },
  'who.how': { da: 'Skriv hvem, fx "/hvem Jyllandsposten" eller "/hvem KL".', en: 'Write who, e.g. "/who Jyllandsposten" or "/who KL".' },
  'who.unknown': {
    da: '"{query}" er ikke en interessent, jeg kender. Tilføj den med "/interessent tilføj {query}".',
    en: '"{query}" is not a stakeholder I know. Add it with "/stakeholder add {query}".',
  },
  'who.none': { da: 'Ingen logposter nævner {name} endnu.', en: 'No log entries name {name} yet.' },
  'who.entries': { da: 'Logposter', en: 'Log entries' },
  'who.last': { da: 'Seneste kontakt', en: 'Last contact' },
  'who.byKind': { da: 'Efter art', en: 'By kind' },
  'who.more': {
    da: 'De {shown} nyeste vises. "/søg {name}" finder alle.',
    en: 'The {shown} newest are shown. "/find {name}" finds them all.',
  },

  // ----- /stakeholder and /experiment
  'stakeholder.usage': {
    da: 'Skriv fx "/interessent tilføj Danmarks Radio" (eller "/interessent tilføj medie Radio Limfjord" for et medie).',
    en: 'Write e.g. "/stakeholder add Danmarks Radio" (or "/stakeholder add press Radio Limfjord" for an outlet).',
  },
  'stakeholder.added': {
    da: '{name} er tilføjet som interessent. Logposter, der nævner {name}, bliver nu mærket med det.',
    en: '{name} is added as a stakeholder. Log entries that name {name} are now tagged with it.',
  },
  'stakeholder.addedOutlet': {
    da: '{name} er tilføjet som medie. Logposter, der nævner {name}, bliver nu mærket med det.',
    en: '{name} is added as an outlet. Log entries that name {name} are now tagged with it.',
  },
  'list.tagged': {
    da:
      '{n|1 logpost, der allerede var skrevet, nævner den og er nu også mærket.|# logposter, der allerede var ' +
      'skrevet, nævner den og er nu også mærket.}',
    en: '{n|1 entry already logged names it and is now tagged too.|# entries already logged name it and are now tagged too.}',
  },
  'stakeholder.exists': { da: '{name} kendes allerede.', en: '{name} is already known.' },
  'stakeholder.list': { da: 'Interessenter, som loggen genkender:', en: 'Stakeholders the log recognises:' },
  'experiment.usage': { da: 'Skriv fx "/forsøg tilføj Fleksjob".', en: 'Write e.g. "/experiment add Fleksjob".' },
  'experiment.added': {
    da: 'Forsøget {name} er tilføjet. Logposter, der nævner det, bliver mærket med det.',
    en: 'The experiment {name} is added. Log entries that name it are tagged with it.',
  },
  'experiment.exists': { da: 'Forsøget {name} kendes allerede.', en: 'The experiment {name} is already known.' },
  'experiment.list': { da: 'Forsøg, som loggen genkender:', en: 'Experiments the log recognises:' },

  // ----- Events and deadlines: commands, listings, cards
  'item.eventHow': {
    da:
      'Skriv titlen og gerne dato, tid og sted, fx /arrangement JobCamp 7. november kl. 9 Vejle. Datoen kan vente: ' +
      'så står der "dato ikke fastsat".',
    en:
      'Write the title and, if you know them, date, time and place, e.g. /event JobCamp 7 November 9:00 Vejle. The ' +
      'date can wait: it then says "date not set".',
  },
  'item.deadlineHow': {
    da:
      'Skriv titlen først og datoen sidst, fx /frist Aflevering af rapport senest d. 15. december eller /frist ' +
      'Godkendelse i styregruppen medio august 2024. Datoen kan vente: så står der "dato ikke fastsat". Indsæt flere ' +
      'linjer for at tilføje én frist pr. linje.',
    en:
      'Write the title first and the date last, e.g. /deadline Final report by 15 December or /deadline Steering ' +
      'group approval mid August 2024. The date can wait: it then says "date not set". Paste several lines to add ' +
      'one deadline per line.',
  },
  'item.noTitle': {
    da: 'Der mangler en titel før datoen, så intet er gemt.',
    en: 'There is no title before the date, so nothing was saved.',
  },
  'item.impossible': {
    da: 'Datoen "{text}" findes ikke, så intet er gemt. Tjek dag og måned, fx 28. februar eller 1. marts.',
    en: 'The date "{text}" does not exist, so nothing was saved. Check the day and the month, e.g. 28 February or 1 March.',
  },
  'item.reversed': {
    da: 'Perioden "{text}" slutter, før den begynder, så intet er gemt. Skriv den tidligste dato først, fx marts – maj 2025.',
    en: 'The period "{text}" ends before it begins, so nothing was saved. Write the earlier date first, e.g. March – May 2025.',
  },
  'item.tooManyLines': {
    da: 'Det er {count} linjer; jeg tager højst {max} ad gangen, så intet er gemt. Del tidsplanen op i flere beskeder.',
    en: 'That is {count} lines; I take at most {max} at a time, so nothing was saved. Split the timeline into several messages.',
  },
  'item.lineTooLong': {
    da:
      'Linje {lines} er {length} tegn; en linje i en tidsplan må højst være {max} tegn med titel og dato, så intet er gemt. ' +
      'Skriv titlen kortere, fx "Godkendelse i styregruppen medio august 2025".',
    en:
      'Line {lines} is {length} characters; a line of a timeline may be at most {max} characters with its title and date, so ' +
      'nothing was saved. Write the title shorter, e.g. "Approval by the steering group mid August 2025".',
  },
  'item.linesTooLong': {
    da:
      'Linje {lines} er over {max} tegn; en linje i en tidsplan må højst være {max} tegn med titel og dato, så intet er ' +
      'gemt. Skriv titlerne kortere, fx "Godkendelse i styregruppen medio august 2025".',
    en:
      'Lines {lines} are over {max} characters; a line of a timeline may be at most {max} characters with its title and ' +
      'date, so nothing was saved. Write the titles shorter, e.g. "Approval by the steering group mid August 2025".',
  },
  'item.linesMore': { da: '{count} andre', en: '{count} others' },
  'item.doneHow': {
    da: 'Skriv nogle ord fra titlen, fx /færdig slutrapport.',
    en: 'Write some words of the title, e.g. /done final report.',
  },
  'item.doneNone': {
    da: 'Jeg fandt ingen åben frist eller arrangement, der passer til "{text}". Se dem med /frister eller /arrangementer.',
    en: 'I found no open deadline or event matching "{text}". See them with /deadlines or /events.',
  },
  'item.doneMany': {
    da: 'Flere passer til "{text}": {list}. Skriv lidt mere af titlen, så jeg ved hvilken.',
    en: 'Several match "{text}": {list}. Write a little more of the title so I know which one.',
  },
  'item.andMore': { da: 'og {n} mere', en: 'and {n} more' },
  'item.notHere': {
    da: 'Det punkt findes ikke i denne samtale (det kan være slettet), så intet er ændret.',
    en: 'That item does not exist in this conversation (it may have been removed), so nothing was changed.',
  },
  'item.batchGone': {
    da: 'Den tidsplan findes ikke (længere) i denne samtale, så der er intet at fortryde.',
    en: 'That timeline does not exist (any more) in this conversation, so there is nothing to undo.',
  },
  'item.staleButton': { da: 'Den knap er forældet. Skriv kommandoen igen.', en: 'That button is out of date. Type the command again.' },
  'item.markedDone': { da: 'Markeret som færdig', en: 'Marked as done' },
  'item.deletedBy': { da: 'Slettet af {by}', en: 'Deleted by {by}' },
  'item.deletedNote': {
    da: 'Den er væk fra frister, arrangementer, påmindelser og rapporter. Fortryd sætter den tilbage.',
    en: 'It is gone from deadlines, events, reminders and reports. Undo puts it back.',
  },
  'item.putBackBy': { da: 'Fortrudt af {by}: sat tilbage', en: 'Undone by {by}: put back' },
  'item.alreadyDeleted': { da: 'Den er allerede slettet.', en: 'It is deleted already.' },
  'item.alreadyBack': { da: 'Den er allerede sat tilbage.', en: 'It is back already.' },
  'item.deleteHow': { da: 'Skriv nogle ord fra titlen, fx /slet JobCamp.', en: 'Write some words of the title, e.g. /delete JobCamp.' },
  'item.deleteNone': {
    da: 'Jeg fandt ingen frist eller arrangement, der passer til "{text}". Se dem med /frister eller /arrangementer.',
    en: 'I found no deadline or event matching "{text}". See them with /due or /events.',
  },
  'item.deleteMany': {
    da: '"{text}" passer til flere: {list}. Skriv flere ord fra titlen. Intet er slettet.',
    en: '"{text}" matches several: {list}. Write more words of the title. Nothing was deleted.',
  },
  'item.notDoneAfterAll': { da: 'Ikke færdig alligevel', en: 'Not done after all' },
  'item.kind.event': { da: 'Arrangement', en: 'Event' },
  'item.kind.deadline': { da: 'Frist', en: 'Deadline' },
  'item.undated': { da: 'dato ikke fastsat', en: 'date not set' },
  'item.overdue': { da: 'overskredet', en: 'overdue' },
  'item.ongoing': { da: 'i gang', en: 'ongoing' },
  'item.held': { da: 'afholdt', en: 'held' },
  'item.ended': { da: 'afsluttet', en: 'ended' },
  'item.notMarked': { da: 'ikke markeret færdig', en: 'not marked done' },
  'item.isDone': { da: 'færdig', en: 'done' },
  'event.saved': { da: 'Arrangement gemt', en: 'Event saved' },
  'event.undatedNote': {
    da: 'Datoen er ikke fastsat endnu. Skriv arrangementet igen med dato, når den kendes.',
    en: 'The date is not set yet. Write the event again with its date when you know it.',
  },
  'deadline.saved': { da: 'Frist gemt', en: 'Deadline saved' },
  'deadline.undatedNote': {
    da: 'Datoen er ikke fastsat endnu. Skriv fristen igen med samme titel og dato, når den kendes, så får den datoen.',
    en: 'The date is not set yet. Write the deadline again with the same title and its date when you know it, and it gets the date.',
  },
  'item.updated': { da: 'Opdateret: {changes}', en: 'Updated: {changes}' },
  'item.updatedNote': {
    da:
      'Den fandtes allerede med den titel, så den er opdateret i stedet for at stå der to gange. Fortryd sætter den ' +
      'tilbage, som den var.',
    en: 'It existed already with this title, so it was updated rather than listed twice. Undo puts it back as it was.',
  },
  'item.unchanged': { da: 'Findes allerede', en: 'Already there' },
  'item.sameDayNote': {
    da:
      'Samme dag stod allerede arrangementet "{title}" med det navn, så det er det ene arrangement, opdateret i ' +
      'stedet for at stå der to gange. Fortryd sætter det tilbage, som det var.',
    en:
      'The event "{title}" of that name was already there that day, so it is the one event, updated rather than ' +
      'listed twice. Undo puts it back as it was.',
  },
  'item.sameDayUnchangedNote': {
    da: 'Samme dag står allerede arrangementet "{title}" med det navn, og intet nyt er skrevet, så intet er ændret.',
    en: 'The event "{title}" of that name is already there that day and nothing new was written, so nothing changed.',
  },
  'item.unchangedNote': {
    da: 'Den står der allerede med den titel og intet nyt, så intet er ændret. Skriv dato, tid eller sted for at ændre dem.',
    en: 'It is already there with this title and nothing new was written, so nothing changed. Write a date, time or place to change them.',
  },
  'item.change.dateSet': { da: 'dato sat til {when}', en: 'date set to {when}' },
  'item.change.dateChanged': { da: 'dato ændret fra {from} til {to}', en: 'date changed from {from} to {to}' },
  'item.change.timeSet': { da: 'tid sat til {time}', en: 'time set to {time}' },
  'item.change.timeChanged': { da: 'tid ændret fra {from} til {to}', en: 'time changed from {from} to {to}' },
  'item.change.placeSet': { da: 'sted sat til {place}', en: 'place set to {place}' },
  'item.change.placeChanged': { da: 'sted ændret fra {from} til {to}', en: 'place changed from {from} to {to}' },
  'item.restored': { da: 'Fortrudt af {by}: sat tilbage, som den var', en: 'Undone by {by}: put back as it was' },
  'item.restoreAlready': {
    da: 'Ændringen er allerede fortrudt. Intet er ændret.',
    en: 'That change is already undone. Nothing was changed.',
  },
  'item.changedSince': {
    da: 'Den er ændret igen siden, så jeg sætter den ikke tilbage (det ville fjerne den nyere ændring). Intet er ændret.',
    en: 'It was changed again since, so I do not put it back (that would undo the newer change). Nothing was changed.',
  },
  'due.summary': { da: 'Det, der skal nås', en: "What's due" },
  'due.personalEmpty': {
    da:
      'Her i vores personlige chat er der intet at nå i den periode. Teamets frister og arrangementer står i teamets ' +
      'kanal: spørg mig dér med @Tovholder, fx "@Tovholder hvad skal vi nå i denne måned?".',
    en:
      "Here in our personal chat nothing is due in that period. The team's deadlines and events are in the team's " +
      'channel: ask me there with @Tovholder, e.g. "@Tovholder what\'s due this month?".',
  },
  'due.personalHint': {
    da: 'Teamets frister og arrangementer står i teamets kanal: spørg mig dér med @Tovholder.',
    en: "The team's deadlines and events are in the team's channel: ask me there with @Tovholder.",
  },
  'due.periodHow': {
    da:
      'Den periode forstod jeg ikke: "{text}". Skriv fx /frister næste måned, /frister uge 45, /frister december ' +
      'eller bare /frister (denne måned).',
    en: 'I did not understand the period "{text}". Write e.g. /due next month, /due week 45, /due December, or just /due (this month).',
  },
  'due.impossible': {
    da: 'Datoen "{text}" findes ikke. Tjek dag og måned, fx 28. februar eller 1. marts.',
    en: 'The date "{text}" does not exist. Check the day and the month, e.g. 28 February or 1 March.',
  },
  'due.reversed': {
    da: 'Perioden "{text}" slutter, før den begynder. Skriv den tidligste dato først, fx marts – maj 2025.',
    en: 'The period "{text}" ends before it begins. Write the earlier date first, e.g. March – May 2025.',
  },
  'when.none': {
    da: 'Jeg kender ingen frist eller arrangement, der passer til "{text}". Tilføj det med /frist eller /arrangement.',
    en: 'I know of no deadline or event matching "{text}". Add it with /deadline or /event.',
  },
  'listing.due': { da: 'Frister og arrangementer', en: 'Deadlines and events' },
  'listing.upcoming': { da: 'De næste fire uger', en: 'The next four weeks' },
  'listing.events': { da: 'Kommende arrangementer', en: 'Upcoming events' },
  'listing.deadlines': { da: 'Kommende frister', en: 'Upcoming deadlines' },
  'listing.when': { da: 'Hvornår er det?', en: 'When is it?' },
  'listing.emptyDue': {
    da: 'Intet at nå i perioden. Færdige punkter vises ikke.',
    en: 'Nothing due in this period. Done items are not shown.',
  },
  'listing.emptyUpcoming': { da: 'Intet de næste fire uger.', en: 'Nothing in the next four weeks.' },
  'listing.emptyEvents': {
    da: 'Ingen kommende arrangementer. Tilføj et med /arrangement.',
    en: 'No upcoming events. Add one with /event.',
  },
  'listing.emptyDeadlines': { da: 'Ingen kommende frister. Tilføj en med /frist.', en: 'No upcoming deadlines. Add one with /deadline.' },
  'listing.overdue': { da: 'Overskredne frister', en: 'Overdue deadlines' },
  'listing.emptyOverdue': { da: 'Ingen overskredne frister.', en: 'No overdue deadlines.' },
  'listing.olderNote': {
    da: '{n|1 ældre overskredet frist (over 30 dage) er|# ældre overskredne frister (over 30 dage) er} ikke vist.',
    en: '{n|1 older overdue deadline (over 30 days) is|# older overdue deadlines (over 30 days) are} not shown.',
  },
  'listing.showOlder': { da: 'Vis dem', en: 'Show them' },
  'listing.doneAll': { da: '{n|Marker den som færdig|Marker alle # som færdige}', en: '{n|Mark it done|Mark all # done}' },
  'timeline.saved': { da: 'Tidsplan gemt', en: 'Timeline saved' },
  'timeline.title': { da: '{saved|1 frist|# frister} gemt', en: '{saved|1 deadline|# deadlines} saved' },
  'timeline.titleWithBad': {
    da: '{saved|1 frist|# frister} gemt, {bad|1 linje|# linjer} kunne ikke læses',
    en: '{saved|1 deadline|# deadlines} saved, {bad|1 line|# lines} could not be read',
  },
  'timeline.titleMatched': {
    da: '{saved|1 frist|# frister} læst: {new|1 ny|# nye}, {updated|1 opdateret|# opdateret}, {unchanged|1 uændret|# uændrede}',
    en: '{saved|1 deadline|# deadlines} read: {new|1 new|# new}, {updated|1 updated|# updated}, {unchanged|1 unchanged|# unchanged}',
  },
  'timeline.titleMatchedWithBad': {
    da:
      '{saved|1 frist|# frister} læst: {new|1 ny|# nye}, {updated|1 opdateret|# opdateret}, {unchanged|1 uændret|# ' +
      'uændrede}; {bad|1 linje|# linjer} kunne ikke læses',
    en:
      '{saved|1 deadline|# deadlines} read: {new|1 new|# new}, {updated|1 updated|# updated}, {unchanged|1 ' +
      'unchanged|# unchanged}; {bad|1 line|# lines} could not be read',
  },
  'timeline.matchedNote': {
    da:
      'En linje med samme titel som en åben frist opdaterer den frist i stedet for at tilføje en til. Fortryd hele ' +
      'indsætningen fjerner de nye og sætter de opdaterede tilbage, som de var.',
    en:
      'A line with the title of an open deadline updates that deadline rather than adding another. Undo the whole ' +
      'paste removes the new ones and puts the updated ones back as they were.',
  },
  'timeline.lineNew': { da: 'ny', en: 'new' },
  'timeline.lineUpdated': { da: 'opdateret: {changes}', en: 'updated: {changes}' },
  'timeline.lineUnchanged': { da: 'uændret', en: 'unchanged' },
  'timeline.lineRepeat': { da: 'samme titel som linje {line}: ikke gemt', en: 'same title as line {line}: not saved' },
  'timeline.undoneRestored': {
    da: 'Fortrudt: {n|1 ny frist|# nye frister} fjernet igen, {restored|1 opdateret frist|# opdaterede frister} sat tilbage, som de var.',
    en:
      'Undone: {n|1 new deadline|# new deadlines} removed again, {restored|1 updated deadline|# updated deadlines} ' +
      'put back as they were.',
  },
  'timeline.undoKept': {
    da: '{n|1 frist er|# frister er} ændret siden indsætningen og er ikke rørt, så den ændring ikke går tabt.',
    en: '{n|1 deadline was|# deadlines were} changed since the paste and left as they are, so that change is not lost.',
  },
  'timeline.undone': { da: 'Fortrudt: {n|1 frist|# frister} fjernet igen.', en: 'Undone: {n|1 deadline|# deadlines} removed again.' },
  'timeline.noDate': { da: 'ingen dato fundet: ikke gemt', en: 'no date found: not saved' },
  'timeline.noTitle': { da: 'ingen titel før datoen: ikke gemt', en: 'no title before the date: not saved' },
  'timeline.impossible': { da: '"{text}" findes ikke: ikke gemt', en: '"{text}" does not exist: not saved' },
  'timeline.reversed': { da: '"{text}" slutter før den begynder: ikke gemt', en: '"{text}" ends before it begins: not saved' },
  'timeline.hidden': {
    da: '… og {n|1 linje|# linjer} mere, som er gemt. Se alle med /deadlines.',
    en: '… and {n|1 more line|# more lines}, saved. See them all with /deadlines.',
  },
  'timeline.badNote': {
    da: 'Linjer med rødt er ikke gemt. Skriv dem igen som /frist <titel> <dato>, fx /frist Aflevering af rapport senest d. 15. december.',
    en: 'Lines in red were not saved. Write them again as /deadline <title> <date>, e.g. /deadline Final report by 15 December.',
  },
  'timeline.undoPaste': { da: 'Fortryd hele indsætningen', en: 'Undo the whole paste' },

  // ----- The weekly digest: /digest and its card
  'digest.off': {
    da: 'Det ugentlige overblik er slået fra. Skriv "/overblik til" for at slå det til igen.',
    en: 'The weekly digest is off. Write "/digest on" to turn it back on.',
  },
  'digest.inChat': { da: 'i denne chat', en: 'in this chat' },
  'digest.inChosenChannel': { da: 'i den kanal, hvor "/overblik her" blev skrevet', en: 'in the channel where "/digest here" was written' },
  'digest.inGeneral': { da: 'i teamets kanal Generelt', en: "in the team's General channel" },
  'digest.schedule': {
    da:
      'Overblikket kommer hver {day} kl. {time} {where}; næste gang {next}. Ændr det med fx "/overblik tirsdag ' +
      '9:00", "/overblik her", "/overblik fra" eller se det nu med "/overblik nu".',
    en:
      'The digest goes out every {day} at {time} {where}; next on {next}. Change it with e.g. "/digest tuesday ' +
      '9:00", "/digest here", "/digest off", or see it now with "/digest now".',
  },
  'digest.hereInChat': {
    da: 'I en chat kommer overblikket altid i chatten selv. "/overblik her" vælger kanal i et team.',
    en: 'In a chat the digest always goes to the chat itself. "/digest here" chooses the channel in a team.',
  },
  'digest.hereDone': {
    da: 'Fint, overblikket kommer fremover i denne kanal.',
    en: 'Done: the digest will go to this channel from now on.',
  },
  'digest.help': {
    da: 'Skriv fx "/overblik tirsdag 9:00", "/overblik fredag kl. 14.30", "/overblik fra" eller "/overblik til".',
    en: 'Write e.g. "/digest tuesday 9:00", "/digest friday 14:30", "/digest off" or "/digest on".',
  },
  'digest.error.twoWeekdays': { da: 'Kun én ugedag ad gangen.', en: 'Only one weekday at a time.' },
  'digest.error.twoTimes': { da: 'Kun ét klokkeslæt ad gangen.', en: 'Only one time at a time.' },
  'digest.error.nothingToSet': { da: 'Mangler ugedag eller klokkeslæt.', en: 'A weekday or a time is missing.' },
  'schedule.error.badTime': { da: '"{word}" er ikke et gyldigt klokkeslæt.', en: '"{word}" is not a valid time of day.' },
  'schedule.error.unknownWord': { da: 'Jeg forstår ikke "{word}".', en: 'I don\'t understand "{word}".' },
  'digestCard.title': { da: 'Ugens overblik', en: 'Weekly digest' },
  'digestCard.subtitle': { da: 'uge {week} · {day}', en: 'week {week} · {day}' },
  'digestCard.overdue': { da: 'Overskredne frister', en: 'Overdue deadlines' },
  'digestCard.loggedSince': { da: 'Logget siden {day}', en: 'Logged since {day}' },
  'digestCard.events': { da: 'Arrangementer de næste 14 dage', en: 'Events in the next 14 days' },
  'digestCard.deadlines': { da: 'Frister de næste 30 dage', en: 'Deadlines in the next 30 days' },
  'digestCard.quiet': {
    da: 'En stille uge: intet logget de seneste syv dage, og intet på vej de næste 30 dage.',
    en: 'A quiet week: nothing logged in the last seven days, and nothing coming in the next 30 days.',
  },
  'digestCard.more': {
    da: 'Der er mere, end et kort kan rumme: skriv /søg for loggen og /frister for det, der kommer.',
    en: 'There is more than a card can hold: type /find for the log and /due for what is coming.',
  },
  'digestCard.moved': { da: 'Flyttet fra {day} ({holiday}).', en: 'Moved from {day} ({holiday}).' },
  'digestCard.loggedBy': { da: '({day}, logget af {author})', en: '({day}, logged by {author})' },
  'digestCard.loggedLater': {
    da: '(handler om {about}, logget {written} af {author})',
    en: '(about {about}, logged {written} by {author})',
  },
  'digestCard.olderOverdue': { da: 'Ældre overskredne frister', en: 'Older overdue deadlines' },
  'digestCard.olderOverdueHow': {
    da: 'Skriv /frister overskredet for at se dem og markere dem færdige på én gang.',
    en: 'Type /due overdue to see them and mark them done in one go.',
  },
  'digestCard.wasDue': { da: 'fristen var {period}, {ago}', en: 'was due {period}, {ago}' },
  'digestCard.summary': { da: 'Ugens overblik: {parts}.', en: 'Weekly digest: {parts}.' },
  'digestCard.summaryQuiet': { da: 'Ugens overblik: en stille uge.', en: 'Weekly digest: a quiet week.' },
  'digestCard.countLogged': { da: '{n} ting logget', en: '{n} logged' },
  'digestCard.countOverdue': { da: '{n|1 overskredet frist|# overskredne frister}', en: '{n|1 overdue deadline|# overdue deadlines}' },
  'digestCard.countEvents': { da: '{n|1 arrangement|# arrangementer} på vej', en: '{n|1 event|# events} coming up' },
  'digestCard.undated': { da: 'Uden dato', en: 'No date yet' },
  'digestCard.countUndated': { da: '{n} uden dato', en: '{n} without a date' },
  'digestCard.countDeadlines': { da: '{n|1 frist|# frister} på vej', en: '{n|1 deadline|# deadlines} coming up' },

  // ----- Reminders: /remind, the reminder card and its buttons
  'remind.off': {
    da: 'Påmindelser er slået fra her. Skriv "/påmind til" for at slå dem til igen.',
    en: 'Reminders are off here. Write "/remind on" to turn them back on.',
  },
  'remind.schedule': {
    da:
      'Påmindelser kommer kl. {hour}: {eventDays} før et arrangement og {deadlineDays} før en frist. Ændr det med fx ' +
      '"/påmind frist 14 7 1", "/påmind arrangement 2 1", "/påmind kl. 10" eller "/påmind fra".',
    en:
      'Reminders go out at {hour}: {eventDays} before an event and {deadlineDays} before a deadline. Change it with ' +
      'e.g. "/remind deadline 14 7 1", "/remind event 2 1", "/remind at 10" or "/remind off".',
  },
  'remind.noDays': { da: 'ingen', en: 'none' },
  'remind.days': { da: '{list} {n|dag|dage}', en: '{list} {n|day|days}' },
  'remind.help': {
    da: 'Skriv fx "/påmind frist 14 7 1", "/påmind arrangement 2 1", "/påmind kl. 10", "/påmind fra" eller "/påmind til".',
    en: 'Write e.g. "/remind deadline 14 7 1", "/remind event 2 1", "/remind at 10", "/remind off" or "/remind on".',
  },
  'remind.error.badDays': { da: '"{word}" er ikke et antal dage (0-{max}).', en: '"{word}" is not a number of days (0-{max}).' },
  'remind.error.noDays': { da: 'Hvor mange dage før?', en: 'How many days before?' },
  'remind.error.notOnTheHour': { da: 'Påmindelser sendes på hele timer.', en: 'Reminders go out on the hour.' },
  'reminder.notFound': {
    da: 'Den frist eller det arrangement findes ikke her (måske er det slettet). Intet er ændret.',
    en: 'That deadline or event does not exist here (perhaps it was removed). Nothing was changed.',
  },
  'reminder.unknownSnooze': {
    da: 'Den udsættelse kender jeg ikke. Intet er ændret.',
    en: 'I do not know that snooze. Nothing was changed.',
  },
  'reminder.colleague': { da: 'en kollega', en: 'a colleague' },
  'reminderCard.eventToday': { da: 'Arrangement i dag', en: 'Event today' },
  'reminderCard.eventTomorrow': { da: 'Arrangement i morgen', en: 'Event tomorrow' },
  'reminderCard.eventInDays': { da: 'Arrangement om {n} dage', en: 'Event in {n} days' },
  'reminderCard.deadlineToday': { da: 'Frist i dag', en: 'Deadline today' },
  'reminderCard.deadlineTomorrow': { da: 'Frist i morgen', en: 'Deadline tomorrow' },
  'reminderCard.deadlineInDays': { da: 'Frist om {n} dage', en: 'Deadline in {n} days' },
  'reminderCard.tomorrow': { da: 'Påmind i morgen', en: 'Remind me tomorrow' },
  'reminderCard.nextWeek': { da: 'Påmind næste uge', en: 'Remind me next week' },
  'reminderCard.doneBy': { da: '✓ Markeret som færdig af {who}.', en: '✓ Marked as done by {who}.' },
  'reminderCard.snoozedBy': { da: 'Udsat til {until} af {who}.', en: 'Snoozed until {until} by {who}.' },

  // ----- Experiments: /forsøg (list by status, an experiment's page, status, municipalities, title)
  'status.running': { da: 'i gang', en: 'running' },
  'status.continuing': { da: 'fortsætter', en: 'continues' },
  'status.partlyEnded': { da: 'delvist ophør', en: 'partly ended' },
  'status.fullyEnded': { da: 'helt ophør', en: 'fully ended' },
  'status.accommodated': { da: 'imødekommet', en: 'accommodated (made unnecessary by a law change)' },
  'status.none': { da: 'uden status', en: 'no status yet' },
  'experiment.listHeading': { da: '{n} forsøg: {counts}', en: '{n|1 experiment|# experiments}: {counts}' },
  'experiment.listHow': {
    da:
      'Skriv /forsøg og et navn for forsøgets side, fx "/forsøg lægeattester". Status ændres med "/forsøg status ' +
      'mentor helt ophør 1. januar 2020", og et nyt forsøg tilføjes med "/forsøg tilføj Fleksjob".',
    en:
      'Write /experiment and a name for its page, e.g. "/experiment lægeattester". Change a status with "/experiment ' +
      'status mentor fully ended 1 January 2020"; add one with "/experiment add Fleksjob".',
  },
  'experiment.unknown': {
    da: '"{query}" er ikke et forsøg, jeg kender. Intet er gemt.',
    en: '"{query}" is not an experiment I know. Nothing was saved.',
  },
  'experiment.didYouMean': { da: 'Mente du {name}?', en: 'Did you mean {name}?' },
  'experiment.seeList': { da: 'Skriv /forsøg for at se alle forsøg.', en: 'Write /experiment to see every experiment.' },
  'experiment.statusHow': {
    da:
      'Skriv forsøget, status og datoen, fx "/forsøg status mentor helt ophør 1. januar 2020: forenklet lov om en ' +
      'aktiv beskæftigelsesindsats". Status er en af: {statuses}.',
    en:
      'Write the experiment, the status and the date, e.g. "/experiment status mentor fully ended 1 January 2020: ' +
      'simplified employment act". The status is one of: {statuses}.',
  },
  'experiment.unknownStatus': {
    da: '"{word}" er ikke en status, jeg kender, så intet er gemt. Status er en af: {statuses}.',
    en: '"{word}" is not a status I know, so nothing was saved. The status is one of: {statuses}.',
  },
  'experiment.impossibleDate': {
    da: '"{date}" er ikke en dato, der findes, så intet er gemt.',
    en: '"{date}" is not a date that exists, so nothing was saved.',
  },
  'experiment.statusSaved': { da: 'Status ændret: {status} fra {since}', en: 'Status changed: {status} from {since}' },
  'experiment.municipalitiesHow': {
    da:
      'Skriv forsøget og kommunerne, fx "/forsøg kommuner lægeattester Aalborg, Hjørring, Thisted" ' +
      'eller "/forsøg kommuner mentor alle".',
    en:
      'Write the experiment and the municipalities, e.g. "/experiment municipalities lægeattester Aalborg, Hjørring, ' +
      'Thisted" or "/experiment municipalities mentor all".',
  },
  'experiment.municipalitiesSaved': { da: 'Kommuner i {name}: {list}.', en: 'Municipalities in {name}: {list}.' },
  'experiment.titleHow': {
    da: 'Skriv fx "/forsøg titel mikrolån: den fulde titel".',
    en: 'Write e.g. "/experiment title mikrolån: the full title".',
  },
  'experiment.titleSaved': { da: 'Titel på {name}: {title}', en: 'Title of {name}: {title}' },
  'experimentCard.status': { da: 'Status', en: 'Status' },
  'experimentCard.noStatus': { da: 'Ingen status angivet endnu.', en: 'No status set yet.' },
  'experimentCard.history': { da: 'Tidligere', en: 'Before' },
  'experimentCard.municipalities': { da: 'Kommuner', en: 'Municipalities' },
  'experimentCard.notGiven': { da: 'ikke angivet', en: 'not given' },
  'experimentCard.results': { da: 'Resultater ({n})', en: 'Results ({n})' },
  'experimentCard.noResults': {
    da: 'Ingen resultater endnu. Skriv fx "/resultat {name}: …".',
    en: 'No results yet. Write e.g. "/result {name}: …".',
  },
  'experimentCard.resultBy': { da: 'tilføjet af {who}, {day}', en: 'added by {who}, {day}' },
  'experimentCard.resultUsed': { da: 'brugt {n|1 gang|# gange}, senest {day}', en: 'used {n|once|# times}, last {day}' },
  'experimentCard.log': { da: 'I loggen', en: 'In the log' },
  'experimentCard.noLog': { da: 'Intet logget om forsøget endnu.', en: 'Nothing logged about it yet.' },
  'experimentCard.entries': { da: 'Poster', en: 'Entries' },
  'experimentCard.lastPress': { da: 'Seneste presse', en: 'Latest press' },
  'experimentCard.met': { da: 'Interessenter', en: 'Stakeholders' },
  'experimentCard.coming': { da: 'Kommende frister og arrangementer', en: 'Coming deadlines and events' },
  'experimentCard.noComing': {
    da: 'Ingen kommende frister eller arrangementer om forsøget.',
    en: 'No coming deadlines or events about it.',
  },
  'experimentCard.changeStatus': { da: 'Skift status', en: 'Change status' },
  'experimentCard.since.input': { da: 'Fra dato', en: 'From date' },
  'experimentCard.note.input': { da: 'Note, fx lovændringen', en: 'Note, e.g. the law change' },
  'experimentCard.saveStatus': { da: 'Gem status', en: 'Save status' },
  'experimentCard.chooseStatus': { da: 'Vælg en status og en dato. Intet er gemt.', en: 'Choose a status and a date. Nothing was saved.' },

  // ----- Results: /resultat
  'result.how': {
    da:
      'Skriv forsøget og resultatet, fx "/resultat lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018, ca. ' +
      '2,5 mio. kr. sparet".',
    en: 'Write the experiment and the result, e.g. "/result lægeattester: about 2.000 fewer certificates in the 2nd half of 2018".',
  },
  'result.noExperiment': {
    da: 'Hvilket forsøg handler resultatet om? Skriv forsøgets navn først og så et kolon. Intet er gemt.',
    en: 'Which experiment is the result about? Write its name first, then a colon. Nothing was saved.',
  },
  'result.tooLong': {
    da: 'Et resultat må højst være {max} tegn (dette er {length}). Intet er gemt.',
    en: 'A result can be at most {max} characters (this is {length}). Nothing was saved.',
  },
  'result.saved': { da: 'Resultat gemt: {name}', en: 'Result saved: {name}' },
  'result.updated': { da: 'Resultat rettet: {name}', en: 'Result edited: {name}' },
  'result.deletedBy': { da: 'Resultat slettet af {by}', en: 'Result deleted by {by}' },
  'result.putBackBy': { da: 'Fortrudt af {by}: resultatet er sat tilbage', en: 'Undone by {by}: the result is back' },
  'result.shown': { da: 'Resultat: {name}', en: 'Result: {name}' },
  'result.gone': { da: 'Det resultat findes ikke (længere) her.', en: 'That result does not exist (any more) here.' },
  'result.alreadyBack': { da: 'Resultatet er allerede sat tilbage.', en: 'The result is back already.' },
  'result.formHeading': { da: 'Ret resultat: {name}', en: 'Edit result: {name}' },
  'result.formLabel': { da: 'Resultat', en: 'Result' },
  'result.formError': { da: 'Skriv resultatet (højst {max} tegn).', en: 'Write the result (at most {max} characters).' },
  'result.empty': { da: 'Et resultat kan ikke være tomt. Intet er ændret.', en: 'A result cannot be empty. Nothing was changed.' },
  'result.about': { da: 'Handler om', en: 'About' },
  'result.figures': { da: 'Tal', en: 'Figures' },
  'result.noFigures': { da: 'ingen tal fundet', en: 'no figures found' },
  'result.experiment': { da: 'Forsøg', en: 'Experiment' },
  'result.kind': { da: 'resultat', en: 'result' },

  // ----- Municipalities: /kommune
  'municipality.how': {
    da: 'Skriv /kommune og navnet, fx "/kommune Hjørring". Netværkets kommuner: {list}.',
    en: 'Write /municipality and the name, e.g. "/municipality Hjørring". The network\'s municipalities: {list}.',
  },
  'municipality.unknown': {
    da: '"{query}" er ikke en af netværkets 11 kommuner.',
    en: '"{query}" is not one of the network\'s 11 municipalities.',
  },
  'municipality.didYouMean': { da: 'Mente du {name}?', en: 'Did you mean {name}?' },
  'municipalityCard.title': { da: '{name} Kommune', en: '{name} Municipality' },
  'municipalityCard.experiments': { da: 'Forsøg', en: 'Experiments' },
  'municipalityCard.noExperiments': {
    da: 'Ingen forsøg angivet (skriv fx "/forsøg kommuner lægeattester {name}").',
    en: 'No experiments given (write e.g. "/experiment municipalities lægeattester {name}").',
  },
  'municipalityCard.approvals': { da: 'Godkendelser', en: 'Approvals' },
  'municipalityCard.approvedOn': { da: 'godkendt {day} (markeret af {by})', en: 'approved {day} (marked by {by})' },
  'municipalityCard.missing': { da: 'mangler', en: 'missing' },
  'municipalityCard.noApprovals': { da: 'Ingen godkendelser pr. kommune.', en: 'No approvals per municipality.' },
  'municipalityCard.noLog': { da: 'Intet logget, der nævner {name}.', en: 'Nothing logged naming {name}.' },

  // ----- Approvals: the tally of an approval run, /godkendt
  'approval.tally': { da: '{approved} af {total} godkendt', en: '{approved} of {total} approved' },
  'approval.missing': { da: 'mangler: {list}', en: 'missing: {list}' },
  'approval.perMunicipality': { da: 'Godkendelse i alle kommuner', en: 'Approval in every municipality' },
  'approval.started': { da: 'Godkendelse pr. kommune', en: 'Approval per municipality' },
  'approval.undoMark': { da: 'Fortryd {who}', en: 'Undo {who}' },
  'approval.marked': { da: 'Godkendt: {who}', en: 'Approved: {who}' },
  'approval.unmarked': { da: 'Fortrudt: {who} er ikke længere markeret', en: 'Undone: {who} is no longer marked' },
  'approval.markedBy': { da: '{day} · markeret af {by}', en: '{day} · marked by {by}' },
  'approval.complete': {
    da: 'Alle {total} har godkendt, så fristen er færdig.',
    en: 'All {total} have approved, so the deadline is done.',
  },
  'approval.alreadyMarked': {
    da: '{who} er allerede markeret som godkendt ({day}, af {by}). Intet er ændret.',
    en: '{who} is already marked as approved ({day}, by {by}). Nothing was changed.',
  },
  'approval.notMarked': {
    da: '{who} er ikke markeret som godkendt. Intet er ændret.',
    en: '{who} is not marked as approved. Nothing was changed.',
  },
  'approval.notApprover': {
    da: '{who} er ikke med i "{title}". Intet er ændret.',
    en: '{who} is not part of "{title}". Nothing was changed.',
  },
  'approval.how': {
    da:
      'Skriv kommunen (eller kredsen) og fristens ord, fx "/godkendt Hjørring politisk godkendelse" (en dato til ' +
      'sidst, hvis det ikke var i dag). "/godkendt fortryd Hjørring politisk godkendelse" tager en markering ' +
      'tilbage.',
    en:
      'Write the municipality (or the circle) and words of the deadline, e.g. "/approved Hjørring politisk ' +
      'godkendelse" (a date last if it was not today). "/approved undo Hjørring politisk godkendelse" takes a mark ' +
      'back.',
  },
  'approval.noRuns': {
    da:
      'Her er ingen frist med godkendelse pr. kommune eller i en anden kæde. Skriv fx "/frist Politisk godkendelse i ' +
      'alle kommuner november – december 2020", eller "/godkendelse Evalueringsrapport marts 2021 af ' +
      'Jobcenterchefkredsen og KKR". Intet er gemt.',
    en:
      'There is no deadline with approval per municipality or by another chain here. Write e.g. "/deadline Politisk ' +
      'godkendelse i alle kommuner November – December 2020", or "/approval Evaluation report March 2021 by ' +
      'Jobcenterchefkredsen and KKR". Nothing was saved.',
  },
  'approval.noMatch': {
    da: 'Ingen åben godkendelse passer på "{text}". Åbne: {list}. Intet er gemt.',
    en: 'No open approval matches "{text}". Open: {list}. Nothing was saved.',
  },
  'approval.many': {
    da: 'Flere godkendelser passer på "{text}": {list}. Skriv flere ord. Intet er gemt.',
    en: 'Several approvals match "{text}": {list}. Write more words. Nothing was saved.',
  },
  'approval.noWho': {
    da: 'Hvem har godkendt? Skriv fx "/godkendt {who} {title}". Intet er gemt.',
    en: 'Who approved? Write e.g. "/approved {who} {title}". Nothing was saved.',
  },
  'approval.didYouMeanCouncil': {
    da: '"{word}" er ikke en af netværkets 11 kommuner. Mente du {name}? Skriv "{command}". Intet er gemt.',
    en: '"{word}" is not one of the network\'s 11 municipalities. Did you mean {name}? Write "{command}". Nothing was saved.',
  },
  'approval.unknownApprover': {
    da: '"{word}" skal ikke godkende nogen åben frist. Mente du {who}? Intet er gemt.',
    en: '"{word}" is not an approver of any open deadline. Did you mean {who}? Nothing was saved.',
  },
  'approval.marks': { da: 'Godkendelser', en: 'Approvals' },
  'approval.townLiesIn': { da: '{town} ligger i {name} Kommune.', en: '{town} lies in {name} Municipality.' },
  'approval.townWrite': { da: 'Skriv "/godkendt {what}". Intet er gemt.', en: 'Write "/approved {what}". Nothing was saved.' },
  'approval.townWriteUndo': {
    da: 'Skriv "/godkendt fortryd {what}". Intet er gemt.',
    en: 'Write "/approved undo {what}". Nothing was saved.',
  },
  'approval.townOffer': {
    da: 'Skal {name} markeres som godkendt på denne frist? Intet er gemt endnu.',
    en: 'Mark {name} as approved on this deadline? Nothing was saved yet.',
  },
  'approval.townMark': { da: 'Marker {name} som godkendt', en: 'Mark {name} as approved' },
  // /godkendelse (/approval): a deadline with a chain of approvers of any length.
  'approvalRun.how': {
    da:
      'Skriv fristen med dato og, efter "af", hvem der skal godkende, i rækkefølge: fx "/godkendelse ' +
      'Evalueringsrapport marts 2021 af Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen ' +
      'og KKR". Intet er gemt.',
    en:
      'Write the deadline with its date and, after "by", who must approve, in order: e.g. "/approval Evaluation ' +
      'report March 2021 by Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen and KKR". ' +
      'Nothing was saved.',
  },
  'approvalRun.dateAfter': {
    da:
      '"{name}" ligner en dato, ikke en, der skal godkende. Skriv datoen før "af", fx "/godkendelse ' +
      'Evalueringsrapport marts 2021 af Jobcenterchefkredsen og KKR". Intet er gemt.',
    en:
      '"{name}" looks like a date, not an approver. Write the date before "by", e.g. "/approval Evaluation report ' +
      'March 2021 by Jobcenterchefkredsen and KKR". Nothing was saved.',
  },
  'approvalRun.tooMany': {
    da: 'Højst {max} kan godkende én frist. Intet er gemt.',
    en: 'At most {max} can approve one deadline. Nothing was saved.',
  },
  'approvalRun.tooLong': {
    da: '"{name}" er for langt til et navn (højst {max} tegn). Intet er gemt.',
    en: '"{name}" is too long for a name (at most {max} characters). Nothing was saved.',
  },
  'approvalRun.saved': { da: 'Frist gemt: godkendes af {list}', en: 'Deadline saved: to be approved by {list}' },
  'approvalRun.started': { da: 'Fristen tæller nu {n} godkendelser', en: 'The deadline now counts {n} approvals' },
  'approvalRun.exists': {
    da: 'Den godkendelse er allerede i gang. Intet nyt er gemt.',
    en: 'That approval is already under way. Nothing new was saved.',
  },
  'approvalRun.other': {
    da: '"{title}" tæller allerede andre godkendelser ({tally}). Giv den nye frist en anden titel. Intet er gemt.',
    en: '"{title}" already counts other approvals ({tally}). Give the new deadline another title. Nothing was saved.',
  },
  'approval.notARun': {
    da: 'Den frist findes ikke her længere. Intet er ændret.',
    en: 'That deadline is no longer here. Nothing was changed.',
  },
  'digestCard.approvals': { da: 'Godkendelser i gang', en: 'Approvals under way' },
  'digestCard.countApprovals': { da: '{n|1 godkendelse|# godkendelser} i gang', en: '{n|1 approval|# approvals} under way' },
  'reminderCard.missing': { da: 'Mangler stadig: {list}', en: 'Still missing: {list}' },
  // ----- Personal data: the change history, a colleague's own data, erasure (admins)
  'button.history': { da: 'Historik', en: 'History' },
  'button.back': { da: 'Tilbage', en: 'Back' },
  'button.confirm': { da: 'Bekræft', en: 'Confirm' },
  'button.cancel': { da: 'Annuller', en: 'Cancel' },
  'history.how': {
    da: 'Skriv nogle ord fra en logpost, en frist eller et arrangement, eller et forsøgs navn, fx /historik mikrolån.',
    en: "Write some words of a log entry, deadline or event, or an experiment's name, e.g. /history micro-loans.",
  },
  'history.nothing': {
    da: 'Jeg fandt ingen logpost, frist, arrangement eller forsøg med "{query}".',
    en: 'I found no log entry, deadline, event or experiment with "{query}".',
  },
  'history.heading': { da: 'Historik: "{query}"', en: 'History: "{query}"' },
  'history.headingOne': { da: 'Historik', en: 'History' },
  'history.none': { da: 'Ingen ændringer gemt.', en: 'No changes stored.' },
  'history.more': {
    da: 'Viser {shown} af {n} fund. Skriv flere ord for at finde den rigtige.',
    en: 'Showing {shown} of {n} found. Write more words to find the right one.',
  },
  'history.action.created': { da: 'Oprettet', en: 'Created' },
  'history.action.edited': { da: 'Rettet', en: 'Edited' },
  'history.action.undone': { da: 'Fortrudt', en: 'Undone' },
  'history.action.done': { da: 'Markeret som færdig', en: 'Marked as done' },
  'history.action.reopened': { da: 'Ikke færdig alligevel', en: 'Not done after all' },
  'history.action.snoozed': { da: 'Påmindelse udsat', en: 'Reminder snoozed' },
  'history.action.removed': { da: 'Fjernet', en: 'Removed' },
  'history.action.changed': { da: 'Ændret', en: 'Changed' },
  'history.action.erased': { da: 'Personoplysninger slettet', en: 'Personal data erased' },
  'history.action.status': { da: 'Status ændret', en: 'Status changed' },
  'history.action.marked': { da: 'Godkendelse markeret', en: 'Approval marked' },
  'history.resultAdded': { da: 'Resultat tilføjet: "{text}"', en: 'Result added: "{text}"' },
  'history.fieldChange': { da: '{field} "{before}" → "{after}"', en: '{field} "{before}" → "{after}"' },
  'history.field.text': { da: 'Tekst', en: 'Text' },
  'history.field.period': { da: 'Periode', en: 'Period' },
  'history.field.title': { da: 'Titel', en: 'Title' },
  'history.field.place': { da: 'Sted', en: 'Place' },
  'history.field.time': { da: 'Tidspunkt', en: 'Time' },
  'history.field.done': { da: 'Færdig', en: 'Done' },
  'history.field.snoozed': { da: 'Udsat til', en: 'Snoozed until' },
  'history.field.status': { da: 'Status', en: 'Status' },
  'history.field.since': { da: 'Fra', en: 'From' },
  'history.field.note': { da: 'Note', en: 'Note' },
  'history.field.approvals': { da: 'Godkendt', en: 'Approved' },
  'history.field.yearChosen': { da: 'Valgt år', en: 'Year chosen' },
  'history.field.outlets': { da: 'Medier', en: 'Outlets' },
  'history.field.approvers': { da: 'Skal godkende', en: 'To approve' },
  'history.yes': { da: 'ja', en: 'yes' },
  'history.no': { da: 'nej', en: 'no' },
  'myData.how': {
    da: 'Skriv /mine data for at se alt, der er gemt om dig her.',
    en: 'Write /my data to see everything stored about you here.',
  },
  'myData.heading': { da: 'Det, der er gemt om dig her', en: 'What is stored about you here' },
  'myData.who': { da: 'Navn', en: 'Name' },
  'myData.id': { da: 'Entra-objekt-id', en: 'Entra object id' },
  'myData.entries': { da: 'Logposter, du har skrevet ({n})', en: 'Log entries you wrote ({n})' },
  'myData.takenPart': { da: 'Logposter, du er nævnt som deltager i ({n})', en: 'Log entries you took part in ({n})' },
  'myData.items': { da: 'Frister og arrangementer, du har oprettet ({n})', en: 'Deadlines and events you created ({n})' },
  'myData.changes': { da: 'Ændringer, du har lavet ({n})', en: 'Changes you made ({n})' },
  'myData.settings': { da: 'Indstillinger, du har ændret senest ({n})', en: 'Settings you changed last ({n})' },
  'myData.settingName': { da: 'Indstilling: {name}', en: 'Setting: {name}' },
  'myData.more': { da: 'og {n} mere, som ikke er plads til her', en: 'and {n} more that do not fit here' },
  'myData.statuses': { da: 'Status på forsøg, du har sat ({n})', en: 'Experiment statuses you set ({n})' },
  'myData.results': { da: 'Resultater, du har tilføjet ({n})', en: 'Results you added ({n})' },
  'myData.approvals': { da: 'Godkendelser, du har markeret eller fortrudt ({n})', en: 'Approvals you marked or undid ({n})' },
  'myData.marked': { da: 'markeret', en: 'marked' },
  'myData.unmarked': { da: 'fortrudt', en: 'undone' },
  'myData.fileButton': { da: 'Hent som fil', en: 'Download as a file' },
  'myData.fileNote': {
    da: 'Hent som fil giver den, der trykker, sine egne data her som Excel eller JSON.',
    en: 'Download as a file gives whoever presses it their own data here, as Excel or JSON.',
  },
  'myData.fileHeading': { da: 'Dine data her som fil', en: 'Your data here as a file' },
  'myData.fileText': {
    da: 'Alt, der er gemt om {name} her, som regneark eller JSON. Linkene virker i 15 minutter, for alle der har dem: del dem ikke.',
    en:
      'Everything stored about {name} here, as a workbook or JSON. The links work for 15 minutes, for anyone who has ' +
      'them: do not share them.',
  },
  'myData.button.xlsx': { da: 'Hent som Excel', en: 'Download as Excel' },
  'myData.button.json': { da: 'Hent som JSON', en: 'Download as JSON' },
  'myData.sheet.entries': { da: 'Logposter skrevet', en: 'Entries written' },
  'myData.sheet.takenPart': { da: 'Deltaget i', en: 'Taken part in' },
  'myData.sheet.changes': { da: 'Ændringer', en: 'Changes' },
  'myData.sheet.settings': { da: 'Indstillinger', en: 'Settings' },
  'myData.sheet.statuses': { da: 'Forsøgsstatus', en: 'Experiment statuses' },
  'myData.sheet.approvals': { da: 'Godkendelser', en: 'Approvals' },
  'myData.col.at': { da: 'Tidspunkt', en: 'When' },
  'myData.col.thing': { da: 'Hvad', en: 'What' },
  'myData.col.id': { da: 'Id', en: 'Id' },
  'myData.col.action': { da: 'Handling', en: 'Action' },
  'myData.col.before': { da: 'Før', en: 'Before' },
  'myData.col.after': { da: 'Efter', en: 'After' },
  'forget.how': {
    da: 'Skriv /glem <navn> for en kollega, eller /glem tekst <navn> for en person, der er nævnt i teksterne.',
    en: 'Write /forget <name> for a colleague, or /forget text <name> for a person named in the texts.',
  },
  'forget.notAdmin': {
    da: 'Kun administratorer kan slette personoplysninger. Intet er ændret.',
    en: 'Only administrators can erase personal data. Nothing was changed.',
  },
  'forget.noAdmins': {
    da: 'Ingen er sat op som administrator (indstillingen ADMINS er tom), så ingen kan slette personoplysninger. Intet er ændret.',
    en: 'Nobody is set up as an administrator (the ADMINS setting is empty), so nobody can erase personal data. Nothing was changed.',
  },
  'forget.nothing': { da: 'Jeg fandt intet om "{name}". Intet er ændret.', en: 'I found nothing about "{name}". Nothing was changed.' },
  'forget.confirmMember': {
    da:
      'Glem kollegaen "{name}"? Navn og id bliver til "tidligere medlem" overalt i dette team; logposterne bliver ' +
      'stående. Andre teams røres ikke.',
    en:
      'Forget the colleague "{name}"? Name and id become "tidligere medlem" (former member) everywhere in this team; ' +
      'the log entries stay. Other teams are not touched.',
  },
  'forget.confirmText': {
    da:
      'Fjern "{name}" fra teamets tekster? Navnet (også i genitiv) bliver til "[slettet]" i logposter, frister, ' +
      'arrangementer og forsøgenes resultater og deres historik, i dette team.',
    en:
      'Remove "{name}" from this team\'s texts? The name (also in the genitive) becomes "[slettet]" (erased) in log ' +
      "entries, deadlines, events and the experiments' results, and their history, in this team.",
  },
  'forget.whichOne': {
    da: '{n} kolleger her hedder {name}. Hvem skal glemmes?',
    en: '{n} colleagues here are called {name}. Which one should be forgotten?',
  },
  'forget.whichOneNote': {
    da:
      'Hver er kendt på sit Entra-objekt-id. Tekster, der nævner navnet uden id, bliver stående, for de kan ikke ' +
      'siges at handle om den ene; brug /glem tekst <navn> til dem.',
    en:
      'Each is known by their Entra object id. Texts that name them without an id stay, as they cannot be said to be ' +
      'about one of them; use /forget text <name> for those.',
  },
  'forget.personId': { da: 'Id {id}', en: 'Id {id}' },
  'forget.personRows': { da: '{rows|1 række|# rækker}', en: '{rows|1 row|# rows}' },
  'forget.choose': { da: 'Glem {id}', en: 'Forget {id}' },
  'forget.count.entries': { da: 'Logposter', en: 'Log entries' },
  'forget.count.items': { da: 'Frister og arrangementer', en: 'Deadlines and events' },
  'forget.count.changeRecords': { da: 'Ændringer i historikken', en: 'Change records' },
  'forget.count.settings': { da: 'Indstillinger', en: 'Settings' },
  'forget.count.names': { da: 'Navne på interessentlisten', en: 'Names on the stakeholder list' },
  'forget.count.results': { da: 'Resultater', en: 'Results' },
  'forget.count.registry': { da: 'Rækker i forsøgsregistret', en: 'Rows of the experiments registry' },
  'forget.count.other': { da: 'Andre rækker', en: 'Other rows' },
  'forget.done': { da: 'Slettet: {rows|1 række|# rækker} ændret af {by}.', en: 'Erased: {rows|1 row|# rows} changed by {by}.' },
  'forget.cancelled': { da: 'Annulleret. Intet er ændret.', en: 'Cancelled. Nothing was changed.' },
  'forget.again': {
    da: 'Det kan køres igen uden skade; en ny kørsel finder intet mere.',
    en: 'It can be run again safely; another run finds nothing more.',
  },
  // ----- The timeline in a calendar: "Tilføj til kalender" on a card, the team's feed (/kalender), the entries' words
  'button.addToCalendar': { da: 'Tilføj til kalender', en: 'Add to calendar' },
  'help.calendar.example': { da: '/kalender', en: '/calendar' },
  'help.calendar.text': {
    da: 'Teamets arrangementer og frister i Outlook eller Google: en adresse at abonnere på. Hvert kort har også Tilføj til kalender.',
    en: "The team's events and deadlines in Outlook or Google: an address to subscribe to. Every card also has Add to calendar.",
  },
  'calendar.openFile': { da: 'Åbn kalenderfil (.ics)', en: 'Open calendar file (.ics)' },
  'calendar.fileNote': {
    da:
      'Åbn kalenderfilen, så lægger Outlook (eller din kalender) den ind; åbner du den igen efter en ændring, ' +
      'opdateres den i stedet for at komme to gange. Linket virker i 15 minutter; tryk Tilføj til kalender igen for ' +
      'et nyt. Hele tidslinjen som kalender: /kalender.',
    en:
      'Open the calendar file and Outlook (or your calendar) adds it; opened again after a change, it updates ' +
      'instead of doubling. The link works for 15 minutes; press Add to calendar again for a new one. The whole ' +
      'timeline as a calendar: /calendar.',
  },
  'calendar.undated': {
    da: '"{title}" har ingen dato endnu, så der er intet at lægge i kalenderen. Skriv den igen med sin dato, så kan den komme med.',
    en: '"{title}" has no date yet, so there is nothing to put in a calendar. Write it again with its date, and it can go in.',
  },
  'calendar.noAddress': {
    da: 'Kalenderen kan ikke hentes endnu: botten kender ikke sin offentlige adresse (indstillingen BOT_DOMAIN).',
    en: 'The calendar cannot be fetched yet: the bot does not know its public address (the BOT_DOMAIN setting).',
  },
  'calendar.how': {
    da: 'Skriv /kalender for adressen til teamets kalender, eller /kalender ny for en ny adresse (den gamle holder så op med at virke).',
    en: "Write /calendar for the address of the team's calendar, or /calendar new for a new address (the old one then stops working).",
  },
  'calendar.notAdmin': {
    da: 'Kun en administrator kan give kalenderen en ny adresse (indstillingen ADMINS). Den nuværende får du med /kalender.',
    en: 'Only an administrator can give the calendar a new address (the ADMINS setting). /calendar gives you the current one.',
  },
  'calendar.summary': { da: 'Kalender: {name}', en: 'Calendar: {name}' },
  'calendar.heading': { da: 'Kalender: {name}', en: 'Calendar: {name}' },
  'calendar.renewedHeading': { da: 'Ny adresse til kalenderen {name}', en: 'A new address for the calendar {name}' },
  'calendar.renewedNote': {
    da: 'Den gamle adresse virker ikke længere: abonnér igen med den nye.',
    en: 'The old address no longer works: subscribe again with the new one.',
  },
  'calendar.intro': {
    da:
      'Alle arrangementer og frister herfra, fra 12 måneder tilbage og frem, som en kalender, der holder sig selv ' +
      'opdateret. Abonnér på adressen:',
    en:
      'Every event and deadline from here, from 12 months back onward, as a calendar that keeps itself up to date. ' +
      'Subscribe to the address:',
  },
  'calendar.howHeading': { da: 'Sådan', en: 'How' },
  'calendar.outlook': {
    da: 'Kalender → Tilføj kalender → Fra internettet: indsæt https-adressen og giv kalenderen et navn.',
    en: 'Calendar → Add calendar → Subscribe from web: paste the https address and give the calendar a name.',
  },
  'calendar.google': {
    da: 'Andre kalendere → + → Fra webadresse: indsæt https-adressen og vælg Tilføj kalender.',
    en: 'Other calendars → + → From URL: paste the https address and choose Add calendar.',
  },
  'calendar.secretNote': {
    da:
      'Ændringer kommer med, næste gang kalenderen henter (Outlook gør det hver få timer). Adressen er hemmelig: ' +
      'alle, der har den, kan se kalenderen. /kalender ny giver en ny, og den gamle holder op med at virke.',
    en:
      'Changes show at the next refresh (Outlook fetches every few hours). The address is a secret: anyone who has ' +
      'it can see the calendar. /calendar new gives a new one, and the old one stops working.',
  },
  'calendar.defaultName': { da: 'Tovholder', en: 'Tovholder' },
  'calendar.kind.event': { da: 'Arrangement', en: 'Event' },
  'calendar.kind.deadline': { da: 'Frist', en: 'Deadline' },
  'calendar.kind.action': { da: 'Planlagt handling', en: 'Planned action' },
  'calendar.summary.period': { da: '{title} (periode: {period})', en: '{title} (period: {period})' },
  'calendar.summary.done': { da: '{title} – færdig', en: '{title} – done' },
  'calendar.desc.when': { da: '{kind}: {period}', en: '{kind}: {period}' },
  'calendar.desc.period': {
    da: '{kind} i perioden {period}. Det er en periode, ikke en præcis dato: kalenderen viser hele perioden.',
    en: '{kind} in the period {period}. It is a period, not an exact date: the calendar shows the whole period.',
  },
  'calendar.desc.done': { da: 'Markeret færdig.', en: 'Marked done.' },
  'calendar.desc.owner': { da: 'Oprettet af {name}.', en: 'Added by {name}.' },
  'calendar.desc.back': {
    da: 'Fra Tovholder i Teams: se, ret eller markér den færdig dér (fx @Tovholder /frister).',
    en: 'From Tovholder in Teams: see, change or mark it done there (e.g. @Tovholder /due).',
  },

  // ----- Reports: /status, /tal, /eksport and the files (issue 15)
  'report.title': { da: 'Status på interessevaretagelse – siden sidst', en: 'Advocacy status – since last time' },
  'report.titleOf': { da: 'Status på interessevaretagelse – {period}', en: 'Advocacy status – {period}' },
  'report.summary': { da: 'Status på interessevaretagelse, {period}', en: 'Advocacy status, {period}' },
  'report.half.1': { da: '1. halvår {year}', en: 'first half of {year}' },
  'report.half.2': { da: '2. halvår {year}', en: 'second half of {year}' },
  'report.quarter': { da: '{n}. kvartal {year}', en: 'Q{n} {year}' },
  'report.period.since': { da: 'siden {date}', en: 'since {date}' },
  'report.period.lastStatus': { da: 'siden sidste status, {date}', en: 'since the last status, {date}' },
  'report.period.lastDays': { da: 'de sidste {n} dage', en: 'the last {n} days' },
  'report.group.press': { da: 'Presse', en: 'Press' },
  'report.group.events': { da: 'Arrangementer og oplæg', en: 'Events and talks' },
  'report.group.meetings': { da: 'Møder og foretræder', en: 'Meetings and hearings' },
  'report.group.letters': { da: 'Henvendelser', en: 'Letters' },
  'report.group.visits': { da: 'Besøg', en: 'Visits' },
  'report.group.other': { da: 'Andet', en: 'Other' },
  'report.cluster.press': { da: 'Pressedækning på forsøg med {experiment}', en: 'Press coverage of the {experiment} experiment' },
  'report.cluster.other': {
    da: '{kind} om forsøg med {experiment}, {n|1 gang|# gange}',
    en: '{kind} on the {experiment} experiment, {n|once|# times}',
  },
  'report.more': { da: '… og {n|1 linje|# linjer} mere', en: '… and {n|1 more line|# more lines}' },
  'report.moreMilestones': {
    da: '… og {n|1 milepæl|# milepæle} mere: alle står i regnearket og under /frister',
    en: '… and {n|1 more milestone|# more milestones}: all are in the workbook and under /due',
  },
  'report.nothing': { da: 'Intet logget i perioden.', en: 'Nothing logged in the period.' },
  'report.milestones': { da: 'Evaluering i {year}', en: 'Evaluation in {year}' },
  'report.milestonesSpan': { da: 'Evaluering {first}–{last}', en: 'Evaluation {first}–{last}' },
  'report.milestonesNone': { da: 'Evaluering', en: 'Evaluation' },
  'report.noMilestones': {
    da: 'Ingen tidsplan endnu. En tidsplan indsættes med /frist.',
    en: 'No timeline yet. Paste one with /deadline.',
  },
  'report.noMilestonesNear': {
    da: 'Ingen frister fra {from} til udgangen af {year}.',
    en: 'No deadlines from {from} to the end of {year}.',
  },
  'report.state.done': { da: 'færdig', en: 'done' },
  'report.state.overdue': { da: 'overskredet', en: 'overdue' },
  'report.state.ongoing': { da: 'i gang', en: 'ongoing' },
  'report.state.coming': { da: 'kommende', en: 'coming' },
  'report.state.ended': { da: 'afsluttet', en: 'ended' },
  'report.approvals': { da: 'Godkendelser', en: 'Approvals' },
  'report.approvalLine': { da: '{title}: {tally}', en: '{title}: {tally}' },
  'report.counts': { da: 'Tal for perioden', en: "The period's numbers" },
  'report.total': { da: 'I alt', en: 'Total' },
  'report.entries': { da: '{n|1 handling|# handlinger}', en: '{n|1 action|# actions}' },
  'report.button.pptx': { da: 'Hent som PowerPoint', en: 'Download as PowerPoint' },
  'report.button.xlsx': { da: 'Hent som Excel', en: 'Download as Excel' },
  'report.button.csv': { da: 'Hent som CSV', en: 'Download as CSV' },
  'report.button.renew': { da: 'Nye links', en: 'New links' },
  'report.linkNote': {
    da: 'Knapperne henter filerne, som loggen ser ud nu, når som helst de trykkes.',
    en: 'The buttons fetch the files, as the log is now, whenever they are pressed.',
  },
  'report.filesNote': {
    da: 'Linkene virker i 15 minutter, for alle der har dem. Tryk på knappen på status-kortet igen for nye.',
    en: 'The links work for 15 minutes, for anyone who has them. Press the button on the status card again for new ones.',
  },
  'report.badButton': {
    da: 'Den knap kan jeg ikke læse. Skriv kommandoen igen for et nyt kort.',
    en: 'I cannot read that button. Type the command again for a new card.',
  },
  'report.tooManyForFile': {
    da:
      'Perioden har {n} logposter, og en fil kan højst rumme {max}. Vælg en kortere periode, fx et halvår eller et ' +
      'kvartal, så kan filerne hentes.',
    en:
      'The period has {n} log entries, and a file can hold at most {max}. Choose a shorter period, such as a ' +
      'half-year or a quarter, to download the files.',
  },
  'report.noLinks': {
    da: 'Filerne kan ikke hentes endnu: botten kender ikke sin offentlige adresse (indstillingen BOT_DOMAIN).',
    en: 'The files cannot be downloaded yet: the bot does not know its public address (the BOT_DOMAIN setting).',
  },
  'report.periodHow': {
    da:
      'Den periode forstår jeg ikke: "{text}". Skriv fx "{command} siden 1. september", "{command} 2019" eller ' +
      '"{command} 2. halvår 2019".',
    en:
      'I do not understand that period: "{text}". Write e.g. "{command} since 1 September", "{command} 2019" or ' +
      '"{command} second half of 2019".',
  },
  'report.impossible': { da: 'Datoen "{text}" findes ikke.', en: 'The date "{text}" does not exist.' },
  'report.reversed': { da: '"{text}" slutter, før den begynder.', en: '"{text}" ends before it begins.' },
  'report.future': {
    da: '"{text}" er ikke begyndt endnu, så der er intet at vise.',
    en: '"{text}" has not begun yet, so there is nothing to show.',
  },
  'report.type.event': { da: 'Arrangement', en: 'Event' },
  'report.type.deadline': { da: 'Frist', en: 'Deadline' },
  'stats.title': { da: 'Tal: {period}', en: 'Numbers: {period}' },
  'stats.summary': { da: 'Tal for interessevaretagelsen, {period}', en: 'Advocacy numbers, {period}' },
  'stats.perMonth': { da: 'Handlinger pr. måned', en: 'Actions per month' },
  'stats.byKind': { da: 'Efter art', en: 'By kind' },
  'stats.byExperiment': { da: 'Efter forsøg', en: 'By experiment' },
  'stats.byMunicipality': { da: 'Efter kommune', en: 'By municipality' },
  'stats.byStakeholder': { da: 'Efter interessent', en: 'By stakeholder' },
  'stats.others': { da: '{n|1 anden|# andre}', en: '{n|1 other|# others}' },
  'stats.without': { da: '(ingen angivet)', en: '(none named)' },
  'stats.month': { da: 'Måned', en: 'Month' },
  'stats.count': { da: 'Antal', en: 'Count' },
  'export.heading': { da: 'Eksport: {period}', en: 'Export: {period}' },
  'export.text': {
    da: 'Loggen {period}: {n|1 handling|# handlinger}, som regneark og som CSV.',
    en: 'The log {period}: {n|1 action|# actions}, as a workbook and as CSV.',
  },
  'file.sheet.log': { da: 'Log', en: 'Log' },
  'file.sheet.items': { da: 'Frister og arrangementer', en: 'Deadlines and events' },
  'file.sheet.counts': { da: 'Tal', en: 'Numbers' },
  'file.sheet.experiments': { da: 'Forsøg', en: 'Experiments' },
  'file.sheet.results': { da: 'Resultater', en: 'Results' },
  'file.col.date': { da: 'Dato', en: 'Date' },
  'file.col.dateText': { da: 'Dato som skrevet', en: 'Date as written' },
  'file.col.kind': { da: 'Art', en: 'Kind' },
  'file.col.text': { da: 'Tekst', en: 'Text' },
  'file.col.stakeholders': { da: 'Interessenter', en: 'Stakeholders' },
  'file.col.experiments': { da: 'Forsøg', en: 'Experiments' },
  'file.col.municipalities': { da: 'Kommuner', en: 'Municipalities' },
  'file.col.author': { da: 'Logget af', en: 'Logged by' },
  'file.col.written': { da: 'Logget', en: 'Logged at' },
  'file.col.title': { da: 'Titel', en: 'Title' },
  'file.col.type': { da: 'Type', en: 'Type' },
  'file.col.period': { da: 'Periode', en: 'Period' },
  'file.col.start': { da: 'Start', en: 'Start' },
  'file.col.end': { da: 'Slut', en: 'End' },
  'file.col.state': { da: 'Status', en: 'State' },
  'file.col.doneBy': { da: 'Færdig af', en: 'Done by' },
  'file.col.doneAt': { da: 'Færdig', en: 'Done at' },
  'file.col.name': { da: 'Navn', en: 'Name' },
  'file.col.table': { da: 'Opgørelse', en: 'Breakdown' },
  'file.col.note': { da: 'Note', en: 'Note' },
  'file.col.result': { da: 'Resultat', en: 'Result' },
  'file.col.experiment': { da: 'Forsøg', en: 'Experiment' },
  'file.col.statusSince': { da: 'Status fra', en: 'Status since' },
  'file.col.about': { da: 'Handler om', en: 'About' },
  'file.col.figures': { da: 'Tal', en: 'Figures' },
  'file.col.addedBy': { da: 'Tilføjet af', en: 'Added by' },
  'file.col.addedAt': { da: 'Tilføjet', en: 'Added' },
  'file.milestone': { da: 'Milepæl', en: 'Milestone' },
  // ----- The tab (issue 25): bot/tab/page.ts hands these to the page
  'tab.title': { da: 'Tovholder', en: 'Tovholder' },
  'tab.nav.label': { da: 'Visninger', en: 'Views' },
  'tab.nav.timeline': { da: 'Tidslinje', en: 'Timeline' },
  'tab.nav.log': { da: 'Log', en: 'Log' },
  'tab.nav.matrix': { da: 'Forsøg × kommuner', en: 'Experiments × municipalities' },
  'tab.nav.counts': { da: 'Tal', en: 'Figures' },
  'tab.zoom.label': { da: 'Vis', en: 'Show' },
  'tab.zoom.quarter': { da: 'Kvartal', en: 'Quarter' },
  'tab.zoom.year': { da: 'År', en: 'Year' },
  'tab.zoom.all': { da: 'Alt', en: 'Everything' },
  'tab.zoom.earlier': { da: 'Tidligere', en: 'Earlier' },
  'tab.zoom.later': { da: 'Senere', en: 'Later' },
  'tab.today': { da: 'I dag', en: 'Today' },
  'tab.undated': { da: 'Uden dato', en: 'No date yet' },
  'tab.state.done': { da: 'Klaret', en: 'Done' },
  'tab.state.overdue': { da: 'Overskredet', en: 'Overdue' },
  'tab.state.upcoming': { da: 'Kommende', en: 'Upcoming' },
  'tab.state.ongoing': { da: 'I gang', en: 'Under way' },
  'tab.state.ended': { da: 'Afsluttet', en: 'Ended' },
  'tab.type.event': { da: 'Arrangement', en: 'Event' },
  'tab.type.deadline': { da: 'Frist', en: 'Deadline' },
  'tab.type.plan': { da: 'Planlagt handling', en: 'Planned action' },
  'tab.milestone': { da: 'Milepæl', en: 'Milestone' },
  'tab.period': { da: 'Periode', en: 'Period' },
  'tab.owner': { da: 'Ansvarlig: {name}', en: 'Owner: {name}' },
  'tab.tally': { da: '{approved} af {total}', en: '{approved} of {total}' },
  'tab.missing': { da: 'Mangler: {names}', en: 'Missing: {names}' },
  'tab.timeline.cut': { da: 'Tidslinjen viser de første {n} punkter.', en: 'The timeline shows the first {n} items.' },
  'tab.filter.label': { da: 'Filtre', en: 'Filters' },
  'tab.filter.kind': { da: 'Type', en: 'Kind' },
  'tab.filter.stakeholder': { da: 'Interessent', en: 'Stakeholder' },
  'tab.filter.experiment': { da: 'Forsøg', en: 'Experiment' },
  'tab.filter.municipality': { da: 'Kommune', en: 'Municipality' },
  'tab.filter.author': { da: 'Logget af', en: 'Logged by' },
  'tab.filter.from': { da: 'Fra', en: 'From' },
  'tab.filter.to': { da: 'Til', en: 'To' },
  'tab.filter.text': { da: 'Søg i teksten', en: 'Search the text' },
  'tab.filter.all': { da: 'Alle', en: 'All' },
  'tab.filter.apply': { da: 'Vis', en: 'Show' },
  'tab.filter.clear': { da: 'Nulstil', en: 'Clear' },
  'tab.col.date': { da: 'Dato', en: 'Date' },
  'tab.col.kind': { da: 'Type', en: 'Kind' },
  'tab.col.text': { da: 'Tekst', en: 'Text' },
  'tab.col.who': { da: 'Interessenter', en: 'Stakeholders' },
  'tab.col.experiments': { da: 'Forsøg', en: 'Experiments' },
  'tab.col.author': { da: 'Logget af', en: 'Logged by' },
  'tab.page.next': { da: 'Næste side', en: 'Next page' },
  'tab.page.previous': { da: 'Forrige side', en: 'Previous page' },
  'tab.page.total': { da: '{total|# post|# poster}', en: '{total|# entry|# entries}' },
  'tab.page.number': { da: 'Side {n}', en: 'Page {n}' },
  'tab.empty': { da: 'Intet at vise.', en: 'Nothing to show.' },
  'tab.export.xlsx': { da: 'Hent som .xlsx', en: 'Download as .xlsx' },
  'tab.export.csv': { da: 'Hent som CSV', en: 'Download as CSV' },
  'tab.entry.history': { da: 'Historik', en: 'History' },
  'tab.entry.noHistory': { da: 'Ingen ændringer.', en: 'No changes.' },
  'tab.entry.close': { da: 'Luk', en: 'Close' },
  'tab.entry.written': { da: 'Logget {at} af {name}', en: 'Logged {at} by {name}' },
  'tab.entry.links': { da: 'Links', en: 'Links' },
  'tab.entry.participants': { da: 'Deltog', en: 'Took part' },
  'tab.action.created': { da: 'Oprettet', en: 'Created' },
  'tab.action.edited': { da: 'Rettet', en: 'Edited' },
  'tab.action.undone': { da: 'Fortrudt', en: 'Undone' },
  'tab.action.other': { da: 'Ændret', en: 'Changed' },
  'tab.matrix.taking': { da: 'Deltager', en: 'Taking part' },
  'tab.matrix.results': { da: 'Resultater', en: 'Results' },
  'tab.matrix.status': { da: 'Status', en: 'Status' },
  'tab.matrix.experiment': { da: 'Forsøg', en: 'Experiment' },
  'tab.matrix.runs': { da: 'Godkendelser i gang', en: 'Approvals under way' },
  'tab.matrix.approvedOn': { da: 'Godkendt {date}', en: 'Approved {date}' },
  'tab.matrix.waiting': { da: 'Mangler', en: 'Missing' },
  'tab.matrix.noRuns': { da: 'Ingen godkendelser i gang.', en: 'No approvals under way.' },
  'tab.counts.total': { da: '{n|# post|# poster} i perioden', en: '{n|# entry|# entries} in the period' },
  'tab.counts.byMonth': { da: 'Pr. måned', en: 'By month' },
  'tab.counts.byKind': { da: 'Pr. type', en: 'By kind' },
  'tab.counts.month': { da: 'Måned', en: 'Month' },
  'tab.counts.count': { da: 'Antal', en: 'Count' },
  'tab.language': { da: 'Sprog', en: 'Language' },
  'tab.forbidden': {
    da: 'Du har ikke adgang til dette teams data. Åbn fanen i et team, du er medlem af.',
    en: "You have no access to this team's data. Open the tab in a team you are a member of.",
  },
  'tab.signInFailed': {
    da: 'Log-ind lykkedes ikke. Genindlæs fanen, eller spørg jeres IT om Tovholders app-registrering.',
    en: "Sign-in did not work. Reload the tab, or ask your IT team about Tovholder's app registration.",
  },
  'tab.error': {
    da: 'Kunne ikke hente data lige nu. Prøv igen om lidt.',
    en: 'Could not load the data right now. Please try again in a moment.',
  },
  'tab.pickTeam': { da: 'Vælg et team', en: 'Choose a team' },
  'tab.noTeams': {
    da: 'Tovholder kender ingen teams endnu. Skriv til botten i et team først.',
    en: 'Tovholder knows no teams yet. Write to the bot in a team first.',
  },
  'tab.loading': { da: 'Henter…', en: 'Loading…' },
  'tab.mine': { da: 'Mine', en: 'Mine' },
  'tab.config.text': {
    da: 'Fanen viser Tovholders tidslinje, log, godkendelser og tal for dette team. Tryk Gem for at tilføje den.',
    en: "The tab shows Tovholder's timeline, log, approvals and figures for this team. Press Save to add it.",
  },

  // ----- Planned actions (/plan) and owners (ansvarlig)
  'item.kind.plan': { da: 'Planlagt', en: 'Planned' },
  'plan.how': {
    da:
      'Skriv hvad I vil gøre og hvornår, fx /plan kontakt Folketingets Beskæftigelsesudvalg om lægeattester inden 1. ' +
      'maj ansvarlig @Jens.',
    en: "Write what you will do and by when, e.g. /plan contact the employment committee about doctors' certificates by 1 May owner @Jens.",
  },
  'plan.noDate': {
    da: 'Der mangler en dag, planen skal være gjort senest, så intet er gemt.',
    en: 'There is no day the plan is due by, so nothing was saved.',
  },
  'plan.saved': { da: 'Planlagt', en: 'Planned' },
  'plan.undatedNote': { da: 'Planen har ingen dag endnu.', en: 'The plan has no day yet.' },
  'plan.doneHeading': { da: 'Gjort af {by} og logget', en: 'Done by {by} and logged' },
  'plan.loggedAs': { da: 'Logget som {kind} {day}.', en: 'Logged as {kind} on {day}.' },
  'plan.chooseKind': {
    da: 'Hvad slags handling blev det? Vælg, så logger jeg den.',
    en: 'What kind of action was it? Choose, and I will log it.',
  },
  'plan.undone': {
    da: 'Fortrudt af {by}: planen er åben igen og logposten fjernet',
    en: 'Undone by {by}: the plan is open again and the log entry removed',
  },
  'plan.deleted': { da: 'Slettet af {by}', en: 'Deleted by {by}' },
  'plan.putBackBy': { da: 'Sat tilbage af {by}', en: 'Put back by {by}' },
  'plan.edited': { da: 'Rettet af {by}', en: 'Edited by {by}' },
  'plan.formHeading': { da: 'Ret planen', en: 'Edit the plan' },
  'plan.formText': { da: 'Hvad skal gøres', en: 'What is to be done' },
  'plan.formDate': { da: 'Senest', en: 'Due by' },
  'plan.formError': { da: 'Skriv hvad der skal gøres og vælg en dag.', en: 'Write what is to be done and pick a day.' },
  'plan.notPlan': {
    da: 'Den plan findes ikke her (længere). Intet er ændret.',
    en: 'That plan is not here (any more). Nothing was changed.',
  },
  'plan.alreadyDone': { da: 'Planen er allerede gjort. Intet er ændret.', en: 'The plan is done already. Nothing was changed.' },
  'button.didIt': { da: 'Gjort', en: 'Done' },
  'button.delete': { da: 'Slet', en: 'Delete' },
  'button.plan': { da: 'Planlæg', en: 'Plan' },
  'owner.label': { da: 'ansvarlig: {name}', en: 'owner: {name}' },
  'owner.none': { da: 'ingen ansvarlig', en: 'no owner' },
  'owner.takeButton': { da: 'Jeg tager den', en: "I'll take it" },
  'owner.releaseButton': { da: 'Slip den', en: 'Let go' },
  'owner.took': { da: '{name} tog den', en: '{name} took it' },
  'owner.handOverButton': { da: 'Giv videre', en: 'Hand over' },
  'owner.handedOver': { da: '{by} gav den videre til {name}', en: '{by} handed it over to {name}' },
  'owner.pickHeading': { da: 'Hvem skal have den?', en: 'Who should have it?' },
  'owner.pickPlaceholder': { da: 'Søg efter en kollega', en: 'Search for a colleague' },
  'owner.pickError': { da: 'Vælg en kollega.', en: 'Choose a colleague.' },
  'owner.released': { da: '{name} slap den: ingen ansvarlig', en: '{name} let go of it: no owner' },
  'owner.noId': {
    da:
      'Jeg kunne ikke se, hvem {name} er i Teams, så intet er gemt. Skriv ansvarlig @Navn som en Teams-omtale (vælg ' +
      'navnet på listen, når du skriver @).',
    en:
      'I could not tell who {name} is in Teams, so nothing was saved. Write owner @Name as a Teams mention (pick the ' +
      'name from the list as you type @).',
  },
  'owner.notMention': {
    da: 'Efter "ansvarlig" skal der stå en @omtale af en kollega, så intet er gemt. Skriv fx ansvarlig @Jens og vælg Jens på listen.',
    en: 'After "owner" there must be an @mention of a colleague, so nothing was saved. Write e.g. owner @Jens and pick Jens from the list.',
  },
  'owner.notInTeam': {
    da: 'Den kollega kunne jeg ikke finde i teamet. Intet er ændret.',
    en: 'I could not find that colleague in the team. Nothing was changed.',
  },
  'item.change.ownerSet': { da: 'ansvarlig sat til {name}', en: 'owner set to {name}' },
  'item.change.ownerChanged': { da: 'ansvarlig ændret fra {from} til {to}', en: 'owner changed from {from} to {to}' },
  'listing.mine': { da: 'Det skal du nå', en: 'Due for you' },
  'listing.emptyMine': {
    da: 'Du er ikke ansvarlig for noget, der skal nås. Tryk Jeg tager den på en frist, eller skriv ansvarlig @Navn.',
    en: "You own nothing that is due. Press I'll take it on a deadline, or write owner @Name.",
  },
  'digestCard.planned': { da: 'Planlagt de næste 30 dage', en: 'Planned in the next 30 days' },
  'digestCard.countPlanned': { da: '{n|1 plan|# planer}', en: '{n|1 plan|# plans}' },
  'report.planned': { da: 'Planlagt', en: 'Planned' },
  'reminder.forOwner': { da: 'Til dig som ansvarlig.', en: 'To you as its owner.' },

  // ----- Gaps (/huller, /gaps)
  'gaps.heading': { da: 'Huller i interessevaretagelsen', en: 'Gaps in the advocacy' },
  'gaps.subtitle': { da: 'Pr. {day} · {n|1 hul|# huller}', en: 'As of {day} · {n|1 gap|# gaps}' },
  'gaps.none': { da: 'Ingen huller: alle tråde er holdt i hånden. Godt gået!', en: 'No gaps: every thread is held. Well done!' },
  'gaps.note': {
    da: 'Planlæg åbner en planlagt handling. Ret grænserne med fx /huller indstil medier 2 måneder; /huller indstillinger viser dem.',
    en: 'Plan opens a planned action. Change the limits with e.g. /gaps set media 2 months; /gaps settings shows them.',
  },
  'gaps.section.stakeholders': { da: 'Interessenter uden kontakt', en: 'Stakeholders not contacted' },
  'gaps.section.untold': { da: 'Resultater, der aldrig er fortalt', en: 'Results never told' },
  'gaps.section.unused': { da: 'Resultater, der aldrig er brugt', en: 'Results never used' },
  'gaps.section.experiments': { da: 'Forsøg uden aktivitet', en: 'Experiments with nothing logged' },
  'gaps.section.municipalities': { da: 'Kommuner uden aktivitet', en: 'Municipalities with nothing logged' },
  'gaps.media': { da: 'Medierne', en: 'The media' },
  'gaps.lastContact': { da: 'sidst {day} · grænse {months|1 måned|# måneder}', en: 'last {day} · limit {months|1 month|# months}' },
  'gaps.neverContact': {
    da: 'aldrig logget · grænse {months|1 måned|# måneder}',
    en: 'never logged · limit {months|1 month|# months}',
  },
  'gaps.untoldWhy': {
    da: 'ingen presse eller henvendelse om {experiment} siden {day}',
    en: 'no press or letter about {experiment} since {day}',
  },
  'gaps.unusedWhy': { da: 'ikke brugt som budskab siden {day}', en: 'not used as a talking point since {day}' },
  'gaps.quietWhy': { da: 'intet logget siden {day}', en: 'nothing logged since {day}' },
  'gaps.quietNever': {
    da: 'intet logget de sidste {months|1 måned|# måneder}',
    en: 'nothing logged in the last {months|1 month|# months}',
  },
  'gaps.more': { da: '… {n} flere', en: '… {n} more' },
  'gaps.plan.contact': { da: 'kontakt {name}', en: 'contact {name}' },
  'gaps.plan.media': { da: 'få en historie i medierne', en: 'get a story into the media' },
  'gaps.plan.untold': { da: 'fortæl pressen om {experiment}: {text}', en: 'tell the press about {experiment}: {text}' },
  'gaps.plan.unused': {
    da: 'brug resultatet om {experiment} i en henvendelse: {text}',
    en: 'use the result on {experiment} in a letter: {text}',
  },
  'gaps.plan.experiment': { da: 'henvendelse om {name}', en: 'approach about {name}' },
  'gaps.plan.municipality': { da: 'aktivitet med {name} Kommune', en: 'activity with {name} municipality' },
  'gaps.kind.parliament': { da: 'Folketinget og dets udvalg', en: 'The parliament and its committees' },
  'gaps.kind.ministry': { da: 'Ministerier og ministre', en: 'Ministries and ministers' },
  'gaps.kind.kl': { da: 'KL og KKR', en: 'KL and KKR' },
  'gaps.kind.star': { da: 'STAR', en: 'STAR' },
  'gaps.kind.media': { da: 'Medierne', en: 'The media' },
  'gaps.kind.other': { da: 'Andre interessenter', en: 'Other stakeholders' },
  'gaps.settings': {
    da:
      'Grænser for huller: {limits}. Forsøg og kommuner: intet logget i {quiet|1 måned|# måneder}. Huller i månedens ' +
      'første overblik: {digest}.',
    en:
      'Limits for gaps: {limits}. Experiments and municipalities: nothing logged in {quiet|1 month|# months}. Gaps ' +
      'in the first digest of the month: {digest}.',
  },
  'gaps.limit': { da: '{kind} {months|1 måned|# måneder}', en: '{kind} {months|1 month|# months}' },
  'gaps.limitOff': { da: '{kind} ingen', en: '{kind} none' },
  'gaps.on': { da: 'til', en: 'on' },
  'gaps.off': { da: 'fra', en: 'off' },
  'gaps.saved': { da: 'Gemt.', en: 'Saved.' },
  'gaps.help': {
    da:
      'Skriv fx /huller indstil medier 2 måneder, /huller indstil KL fra, ' +
      '/huller indstil periode 6 måneder eller /huller overblik fra.',
    en: 'Write e.g. /gaps set media 2 months, /gaps set KL off, /gaps set period 6 months or /gaps digest off.',
  },
  'gaps.error.unknownTarget': {
    da:
      '"{word}" er ikke en slags interessent, jeg kender (folketinget, ministerier, KL, STAR, medier, andre eller ' +
      'periode), så intet er ændret.',
    en: '"{word}" is not a kind of stakeholder I know (parliament, ministries, KL, STAR, media, other or period), so nothing was changed.',
  },
  'gaps.error.badMonths': {
    da: '"{word}" er ikke et antal måneder fra 1 til 36, så intet er ændret.',
    en: '"{word}" is not a number of months from 1 to 36, so nothing was changed.',
  },
  'gaps.error.unknownWord': {
    da: '"{word}" forstod jeg ikke, så intet er ændret.',
    en: 'I did not understand "{word}", so nothing was changed.',
  },
  'gaps.personal': {
    da: 'Huller regnes for et teams log. Skriv /huller i teamets kanal.',
    en: "Gaps are worked out for a team's log. Write /gaps in the team's channel.",
  },
  'digestCard.gaps': { da: 'Huller', en: 'Gaps' },
  'help.plan.example': {
    da: '/plan kontakt Beskæftigelsesudvalget om lægeattester inden 1. maj ansvarlig @Jens',
    en: '/plan contact the employment committee by 1 May owner @Jens',
  },
  'help.plan.text': {
    da: 'En planlagt handling med dag og evt. ansvarlig. Gjort på kortet logger den; Ret og Slet som på andre kort.',
    en: 'A planned action with a day and an optional owner. Done on its card logs it; Edit and Delete as on other cards.',
  },
  'help.mine.example': { da: 'hvad skal jeg nå?', en: "what's due for me" },
  'help.mine.text': {
    da: 'Det, du er ansvarlig for. Sæt ansvarlig med ansvarlig @Navn i /frist, /arrangement og /plan, eller Jeg tager den på kortet.',
    en: "What you own. Set an owner with owner @Name in /deadline, /event and /plan, or I'll take it on the card.",
  },
  'help.gaps.example': { da: '/huller', en: '/gaps' },
  'help.gaps.text': {
    da:
      'Hvad skal vi gøre mere? Interessenter uden kontakt, resultater aldrig fortalt eller brugt, stille forsøg og ' +
      'kommuner, med Planlæg.',
    en:
      'What should we do more of? Stakeholders not contacted, results never told or used, quiet experiments and ' +
      'municipalities, with Plan.',
  },
} as const satisfies Record<string, CatalogEntry>;

export type MessageId = keyof typeof CATALOG;

export type Vars = Record<string, string | number>;

// Groups from five digits on (12.345 / 12,345), so years and four-digit counts read as written. ('min2' is in
// Node's Intl but not yet in TypeScript's ES2022 types.)
const GROUPING = { useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions;
const NUMBERS: Record<Lang, Intl.NumberFormat> = {
  da: new Intl.NumberFormat('da-DK', GROUPING),
  en: new Intl.NumberFormat('en-GB', GROUPING),
};

/** A number the way the language writes it. */
export function numberText(n: number, lang: Lang): string {
  return NUMBERS[lang].format(n);
}

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** Fills a catalog text (see the top of this file). An unknown placeholder stays as written, so a test sees it. */
export function fill(text: string, lang: Lang, vars: Vars = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!(name in vars)) return whole;
    const value = vars[name]!;
    const shown = typeof value === 'number' ? numberText(value, lang) : value;
    if (one === undefined || other === undefined) return shown;
    return (value === 1 ? one : other).replace(/#/g, shown);
  });
}

/** The text of message `id` in `lang`, filled with `vars`. */
export function t(id: MessageId, lang: Lang, vars: Vars = {}): string {
  return fill(CATALOG[id][lang], lang, vars);
}

/** "a, b og c" / "a, b and c". */
export function listText(parts: readonly string[], lang: Lang): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${t('word.and', lang)} ${parts[parts.length - 1]}`;
}

const WEEKDAY_IDS = ['weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6', 'weekday.7'] as const;

/** The weekday's name (ISO: Monday = 1), lower case in Danish as Danes write it. */
export function weekdayText(isoWeekday: number, lang: Lang): string {
  return t(WEEKDAY_IDS[isoWeekday - 1]!, lang);
}

/** "09.00" in Danish, "09:00" in English: how each writes a time of day. */
export function clockText(time: { hour: number; minute: number }, lang: Lang): string {
  return t('time.clock', lang, { hh: String(time.hour).padStart(2, '0'), mm: String(time.minute).padStart(2, '0') });
}

/** "kl. 09.00" / "at 09:00", and a span "kl. 09.00–11.00" / "at 09:00–11:00". */
export function timeText(time: { hour: number; minute: number; end?: { hour: number; minute: number } }, lang: Lang): string {
  return t('time.at', lang, { time: time.end ? `${clockText(time, lang)}–${clockText(time.end, lang)}` : clockText(time, lang) });
}

const ITEM_KIND_IDS = { event: 'item.kind.event', deadline: 'item.kind.deadline', plan: 'item.kind.plan' } as const;

/** What an item is called on a card: "Frist", "Arrangement", "Planlagt". */
export function itemKindText(type: 'event' | 'deadline' | 'plan', lang: Lang): string {
  return t(ITEM_KIND_IDS[type], lang);
}
