import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/claims';
import type { Claim, Paragraph } from '../../../lib/model';

const text = (...texts: string[]): Paragraph[] => texts.map((t) => ({ text: t, kind: 'text' }));
const run = (...texts: string[]) => findClaims(text(...texts));
const pick = (c: Claim) => ({
  quote: c.quote,
  speaker: c.speaker,
  kind: c.sourceKind,
  form: c.form,
});

describe('direct quotes', () => {
  it('takes the words inside the marks and the tag after them', () => {
    const [c, ...rest] = run('"The talks have failed," Maria Lopez said on Tuesday.');
    expect(rest).toHaveLength(0);
    expect(c && pick(c)).toEqual({
      quote: 'The talks have failed,',
      speaker: 'Maria Lopez',
      kind: 'person',
      form: 'direct',
    });
    expect(c?.start).toBe(1);
  });

  it('reads an inverted tag with its medium: said X to Politico', () => {
    const [c] = run(
      '“Europe will have to do this on the ground,” said a NATO diplomat to Politico.',
    );
    expect(c && pick(c)).toEqual({
      quote: 'Europe will have to do this on the ground,',
      speaker: 'a NATO diplomat',
      kind: 'anonymous',
      form: 'direct',
    });
    expect(c?.via).toBe('Politico');
  });

  it('reads a source whose role noun follows modifiers, but not a prepositional phrase', () => {
    const [c] = run('“Revenue has fallen every year,” says veteran industry analyst Ken Doctor.');
    expect(c?.speaker).toBe('veteran industry analyst Ken Doctor');
    expect(c?.sourceKind).toBe('person');
    const [d] = run(
      "The mayor's lawyer, Sonya Diaz, said in an email to reporters that the mayor never intended harm.",
    );
    expect(d?.speaker).toBe('Sonya Diaz');
  });

  it('reads a tag before the quote', () => {
    const [c] = run('Zach Parise scored twice.', 'Parise said: “We’ve been there.”');
    expect(c && pick(c)).toEqual({
      quote: 'We’ve been there.',
      speaker: 'Parise',
      kind: 'person',
      form: 'direct',
    });
  });

  it('reads a tag that ends its paragraph with a colon as the speaker of the next one', () => {
    const claims = run('In a statement, Maria Lopez said:', '“We will win. We always do.”');
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Maria Lopez', 'We will win.'],
      ['Maria Lopez', 'We always do.'],
    ]);
  });

  it('keeps a quote split by its tag as one claim', () => {
    const claims = run(
      '“Forty-five years of practicing law,” he said, “has convinced me that there are no coincidences.”',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toBe(
      'Forty-five years of practicing law,” he said, “has convinced me that there are no coincidences.',
    );
  });

  it('handles guillemets and low-high marks', () => {
    expect(run('«We will not give up,» Jean Dupont said.')[0]?.quote).toBe('We will not give up,');
    expect(run('„We will not give up,“ Hans Weber said.')[0]?.quote).toBe('We will not give up,');
  });
});

describe('multi-sentence quotes and continuations', () => {
  it('gives each quoted sentence its own claim with the speaker of the tag that follows', () => {
    const claims = run('"We lost that game. That is our fault," Cam Heyward said.');
    expect(claims.map((c) => [c.quote, c.speaker, c.continuation ?? false])).toEqual([
      ['We lost that game.', 'Cam Heyward', true],
      ['That is our fault,', 'Cam Heyward', false],
    ]);
  });

  it('lets a following untagged quoted sentence keep the speaker', () => {
    const claims = run(
      '"I don\'t know where that leaves us," said one of the officials. "Pretty much back to where we were."',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({
      quote: 'Pretty much back to where we were.',
      speaker: 'one of the officials',
      continuation: true,
      sourceKind: 'anonymous',
    });
  });

  it('carries a quote left open at the end of a paragraph into the next one', () => {
    const claims = run(
      'Coach Bruce Boudreau said: "You have been in every game.',
      '"So if you start believing, good things happen."',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({
      paragraph: 1,
      speaker: 'Coach Bruce Boudreau',
      continuation: true,
    });
  });

  it('takes the speaker of an untagged quote from a bare tag in the next sentence', () => {
    const claims = run(
      '"We will rebuild the bridge within a year." The mayor said so in a statement.',
    );
    expect(claims.map(pick)).toEqual([
      {
        quote: 'We will rebuild the bridge within a year.',
        speaker: 'The mayor',
        kind: 'person',
        form: 'direct',
      },
    ]);
  });

  it("takes no reaction in the next sentence for a tag: the quote stays its speaker's", () => {
    const claims = run(
      '“My people had $20 billion done,” Mr. Trump recounted in a cabinet meeting. “And I said, ‘I want more.’ It’s very simple.” The cabinet members gathered around Mr. Trump laughed.',
    );
    expect(claims.map((c) => [c.quote, c.speaker, c.cue])).toEqual([
      ['My people had $20 billion done,', 'Mr. Trump', 'recounted'],
      ['And I said, ‘I want more.’', 'Mr. Trump', 'recounted'],
      ['It’s very simple.', 'Mr. Trump', 'recounted'],
    ]);
  });

  it('does not continue a speaker across a heading', () => {
    const claims = findClaims([
      { text: '"We are ready," Jane Smith said.', kind: 'text' },
      { text: 'What comes next', kind: 'heading' },
      { text: '"Nothing is settled yet."', kind: 'text' },
    ]);
    expect(claims).toHaveLength(1);
  });
});

describe('reported speech', () => {
  it('reads "Wall Street" and "Downing Street" as institutions, not people', () => {
    const [c] = run('Wall Street predicted earnings of $2.52 a share, according to FactSet.');
    const [d] = run('Downing Street said that the talks would go on.');
    expect([c?.sourceKind, d?.sourceKind]).toEqual(['organization', 'organization']);
  });

  it('reads reports no one is named for as no source, a named report as a document', () => {
    const [c] = run('According to reports, this bar is offering oxygen to anyone who pays.');
    const [d] = run('According to some reports, the bar closed in March.');
    expect([c?.sourceKind, d?.sourceKind]).toEqual(['unattributed', 'document']);
  });

  it('takes no apposition from the sentence going on after an inverted tag', () => {
    const claims = run(
      'Jack Buser, director for games at Google, spoke on Monday.',
      "The key to Stadia's success, says Buser, is Google's built-in infrastructure.",
    );
    expect(claims.map((c) => c.resolvedSpeaker)).toEqual(['Jack Buser']);
  });

  it('names "Secretary of State Mike Pompeo" Mike Pompeo, not "State Mike Pompeo"', () => {
    const claims = run(
      'Secretary of State Mike Pompeo spoke in Washington.',
      'Pompeo said that the settlements were legal.',
    );
    expect(claims.map((c) => c.resolvedSpeaker)).toEqual(['Mike Pompeo']);
  });

  it("leaves out of the source when it spoke, but not a Sunday paper's name", () => {
    const sources = (text: string) => run(text).map((c) => [c.speaker, c.sourceKind]);
    expect(sources('The company on Tuesday said that it would cut jobs.')).toEqual([
      ['The company', 'organization'],
    ]);
    expect(sources('The ministry earlier this month said that prices would rise.')).toEqual([
      ['The ministry', 'organization'],
    ]);
    expect(sources('The Mail on Sunday reported that the prince had met her.')[0]?.[0]).toBe(
      'The Mail on Sunday',
    );
  });

  it('leaves out how the source spoke, but not a noun that ends like an adverb', () => {
    const speakers = (text: string) => run(text).map((c) => c.speaker);
    expect(
      speakers('The British royal blankly denied having sex with girls supplied by Epstein.'),
    ).toEqual(['The British royal']);
    expect(speakers('The family said that he had been unwell.')).toEqual(['The family']);
  });

  it('takes the place after a preposition out of the name that follows it, not a title', () => {
    const resolved = (...texts: string[]) => run(...texts).map((c) => c.resolvedSpeaker);
    expect(
      resolved(
        'China’s ambassador to Britain Liu Xiaming spoke on Sunday.',
        'Liu said that the army could be deployed.',
      ),
    ).toEqual(['Liu Xiaming']);
    expect(
      resolved(
        'The case was described by Dr. Owen Dempsey of Aberdeen.',
        'Dempsey said that it was rare.',
      ),
    ).toEqual(['Dr. Owen Dempsey']);
  });

  it('reads a description as a document', () => {
    const [c] = run(
      '“Oxy Pure was launched with an aim to improve the quality of the air,” the description on the website reads.',
    );
    expect(c && [c.speaker, c.sourceKind]).toEqual(['the description on the website', 'document']);
  });

  it('reads "X-based Y" as a company, not a person', () => {
    const [c] = run(
      'Sacramento-based McClatchy said its finances were so impaired that it could not pay.',
      'McClatchy said last week that it would ask for help.',
    );
    expect(c && [c.speaker, c.resolvedSpeaker, c.sourceKind]).toEqual([
      'Sacramento-based McClatchy',
      'Sacramento-based McClatchy',
      'organization',
    ]);
  });

  it('takes the reported clause and the named source with its apposition', () => {
    const [c] = run(
      'Elbridge Colby, the Defence Undersecretary for Policy, said the U.S. would not have a large presence after European military leaders met.',
    );
    expect(c && pick(c)).toEqual({
      quote: 'the U.S. would not have a large presence',
      speaker: 'Elbridge Colby',
      kind: 'person',
      form: 'indirect',
    });
    expect(c?.resolvedSpeaker).toBe('Elbridge Colby, the Defence Undersecretary for Policy');
  });

  it('ends a reported clause where another source reports after "and" or "but"', () => {
    const claims = run(
      'Residents said the water rose within minutes, and firefighters said they rescued six people.',
      'Police said the driver fled, but a witness told reporters he stayed at the scene.',
    ).map((c) => [c.speaker, c.quote]);
    expect(claims).toEqual([
      ['Residents', 'the water rose within minutes'],
      ['firefighters', 'they rescued six people'],
      ['Police', 'the driver fled'],
      ['a witness', 'he stayed at the scene'],
    ]);
  });

  it('reads a tag after the clause: …, experts say', () => {
    const [c] = run('The upside will be capped for the market in the near term, experts say.');
    expect(c && pick(c)).toEqual({
      quote: 'The upside will be capped for the market in the near term',
      speaker: 'experts',
      kind: 'anonymous',
      form: 'indirect',
    });
  });

  it('marks a reported clause with a quoted part as mixed', () => {
    const [c] = run('Karoline Leavitt said it remains "an option and a possibility."');
    expect(c?.form).toBe('mixed');
    expect(c?.quote).toBe('it remains "an option and a possibility."');
  });

  it('gives the medium of "told CNN" as via', () => {
    const [c] = run('Stephanie Grisham told CNN that the trip was a routine checkup.');
    expect(c).toMatchObject({
      speaker: 'Stephanie Grisham',
      via: 'CNN',
      quote: 'the trip was a routine checkup',
    });
  });

  it('attributes a participle to the subject of its clause', () => {
    const [c] = run(
      'Omar asked for compassion in a letter posted on Twitter, saying she did not think a severe sentence would help.',
    );
    expect(c).toMatchObject({
      speaker: 'Omar',
      quote: 'she did not think a severe sentence would help',
      form: 'indirect',
    });
  });

  it('resolves a pronoun to the most recent fitting person', () => {
    const claims = run(
      'Mary Lovely, a Syracuse University economist, said computers have seen impacts too.',
      '"About 36% of imports are electronic devices," she said.',
    );
    expect(claims[1]).toMatchObject({
      speaker: 'she',
      resolvedSpeaker: 'Mary Lovely, a Syracuse University economist',
      sourceKind: 'person',
    });
  });
});

describe('according to and sources without a name', () => {
  it('reads "according to" before and after the clause', () => {
    expect(
      run('According to Bloomberg, a security package could be ready this week.')[0],
    ).toMatchObject({
      quote: 'a security package could be ready this week',
      speaker: 'Bloomberg',
      sourceKind: 'media',
      form: 'according-to',
    });
    expect(
      run(
        'More than 2,500 civilians have been killed this year, according to the United Nations.',
      )[0],
    ).toMatchObject({
      quote: 'More than 2,500 civilians have been killed this year',
      speaker: 'the United Nations',
      sourceKind: 'organization',
    });
  });

  it('classifies documents, organisations and anonymous sources', () => {
    const kind = (s: string) => run(s)[0]?.sourceKind;
    expect(
      kind('The market is pricing in a recovery, a report from Kotak Institutional Equities said.'),
    ).toBe('document');
    expect(
      kind(
        "China's commerce ministry said this month that removing tariffs is an important condition.",
      ),
    ).toBe('organization');
    expect(
      kind(
        'A European official and another person briefed on the matter said the talks had stalled.',
      ),
    ).toBe('anonymous');
    expect(kind('People familiar with the talks say the deal may grow bigger.')).toBe('anonymous');
    expect(kind('Customs typically requires payment within 10 days, Reuters reported.')).toBe(
      'media',
    );
  });

  it('marks reports with no source as unattributed', () => {
    expect(
      run('It was reported that one of the core concerns has been security guarantees.')[0],
    ).toMatchObject({
      quote: 'one of the core concerns has been security guarantees',
      sourceKind: 'unattributed',
    });
    expect(run('The plant will reportedly close next year.')[0]?.sourceKind).toBe('unattributed');
  });
});

describe('what is not a claim', () => {
  it('ignores scare quotes and titles in quote marks', () => {
    expect(run('A "skinny" trade deal was once expected to be completed within weeks.')).toEqual(
      [],
    );
    expect(run('She starred in "The Crown" before moving to Hollywood.')).toEqual([]);
  });

  it('ignores headings and captions, even with a quote and a tag', () => {
    expect(
      findClaims([
        { text: '"We will win," Smith says', kind: 'heading' },
        { text: '"We will win," Smith said at the rally.', kind: 'caption' },
      ]),
    ).toEqual([]);
  });

  it('ignores the reporter’s own questions and narration', () => {
    expect(
      run(
        'Will the deal survive the winter? The lack of U.S. forces has made several leaders nervous.',
      ),
    ).toEqual([]);
  });

  it('ignores a call for help and an order told to a group', () => {
    expect(
      run(
        'A family friend spotted the sedan and called 911.',
        'Officers carried the girl to the parking lot, where they called an ambulance.',
        'Masayoshi Son told WeWork executives to look for new sources of revenue.',
      ),
    ).toEqual([]);
  });

  it('ignores a cue inside a compound word and the writer’s “worth noting”', () => {
    expect(
      run(
        'You’ll feel poised and self-assured while doing the activities that come with the business.',
        'It’s worth noting that it’s not uncommon for artists to give up their recordings.',
      ),
    ).toEqual([]);
  });

  it('reads “believe” as a view only with a clause, not as trusting someone', () => {
    expect(run('Clearly, she believes the waitress, too.')).toEqual([]);
    expect(run('China’s leaders may still believe all this is a price worth paying.')).toEqual([]);
    const [c] = run('The organization believes that the real death toll may be much higher.');
    expect(c?.quote).toBe('the real death toll may be much higher');
  });

  it('finds no claims in text that is not English', () => {
    expect(
      run(
        '« Nous ne céderons pas », a déclaré le ministre. Die Regierung sagte, dass die Gespräche weitergehen.',
      ),
    ).toEqual([]);
  });
});

describe('harder sources and complements', () => {
  it('reads names that begin like function words as sources', () => {
    expect(run('Sources told CNN that the president had made few changes.').map(pick)).toEqual([
      {
        quote: 'the president had made few changes',
        speaker: 'Sources',
        kind: 'unattributed',
        form: 'indirect',
      },
    ]);
    expect(run('“There was no indication,” Andrew said.')[0]?.speaker).toBe('Andrew');
    expect(run('Beijing said the talks would resume next week.')[0]?.speaker).toBe('Beijing');
  });

  it('finds the main subject of a participle across plural nouns and irregular verbs', () => {
    expect(
      run(
        'The utilities commission is frustrated with the companies, saying they failed to share information.',
      )[0]?.speaker,
    ).toBe('The utilities commission');
    expect(
      run('On Thursday, Swift took to social media and accused the label of blocking her film.')[0]
        ?.speaker,
    ).toBe('Swift');
  });

  it('takes the subject after a participle that opens the sentence', () => {
    const claims = run(
      'Arguing that voters are only now tuning in, Patrick said he can still win.',
    );
    expect(claims.map((c) => [c.quote, c.speaker])).toEqual([
      ['voters are only now tuning in', 'Patrick'],
      ['he can still win', 'Patrick'],
    ]);
  });

  it('reads a pronoun tag between commas and a tag after "in which"', () => {
    expect(
      run('The larger landers, he said, could deliver tools to astronauts.').map(pick),
    ).toEqual([
      {
        quote: 'The larger landers, he said, could deliver tools to astronauts',
        speaker: 'he',
        kind: 'person',
        form: 'indirect',
      },
    ]);
    expect(
      run('He was arrested for a phone call in which he said he would hurt her.')[0]?.quote,
    ).toBe('he would hurt her');
  });

  it('keeps the name before two appositions', () => {
    const [c] = run(
      'Omar Lamrani, a senior analyst at Stratfor, the Texas-based intelligence firm, told Business Insider in 2018 that the group was secular.',
    );
    expect([c?.speaker, c?.quote, c?.via]).toEqual([
      'Omar Lamrani',
      'the group was secular',
      'Business Insider',
    ]);
  });

  it('skips the object of "told" up to the clause', () => {
    expect(
      run('Sondland told visiting Ukraine officials they would need to deliver.')[0]?.quote,
    ).toBe('they would need to deliver');
    expect(
      run('Gambill told a few thousand teachers who covered the lawn that the state should pay.')[0]
        ?.quote,
    ).toBe('the state should pay');
  });

  it('reads verbs that state a view through an object and a second complement', () => {
    expect(run('Oza attributed the rally in bank stocks to the court ruling.').map(pick)).toEqual([
      {
        quote: 'the rally in bank stocks to the court ruling',
        speaker: 'Oza',
        kind: 'organization',
        form: 'indirect',
      },
    ]);
    expect(run('Nomura identified SBI as its key beneficiary.')[0]?.quote).toBe(
      'SBI as its key beneficiary',
    );
    expect(run('The players linked arms during the anthem.')).toEqual([]);
    expect(run('The island is linked to the mainland by a bridge.')).toEqual([]);
  });

  it('lets a noun phrase own the participle that follows it', () => {
    expect(
      run('His death was shadowed by conspiracy theories suggesting he had been murdered.').map(
        pick,
      ),
    ).toEqual([
      {
        quote: 'he had been murdered',
        speaker: 'conspiracy theories',
        kind: 'unattributed',
        form: 'indirect',
      },
    ]);
  });

  it('closes a quote on two single marks', () => {
    const claims = run(
      'The commission issued a statement warning that “voters are entitled to transparency.’’ It gave no date.',
    );
    expect(claims.map((c) => c.quote)).toEqual(['voters are entitled to transparency.']);
  });

  it('ends a claim where the same source goes on with another reporting verb', () => {
    const claims = run(
      'The ambassador accused the UK of meddling in its affairs and warned that China “will not sit on our hands”.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['accused', 'the UK of meddling in its affairs'],
      ['warned', 'China “will not sit on our hands”'],
    ]);
  });

  it('reads a role the lexicon does not know before a name, and an owner before a noun', () => {
    const claims = run(
      '“Organics are very important,” said planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory in California.',
      '“We have found water,” lead researcher and NASA planetary scientist Lucas Paganini said.',
      'His new bedding made him ill, his doctors say.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      [
        'planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory',
        'Organics are very important,',
      ],
      ['lead researcher and NASA planetary scientist Lucas Paganini', 'We have found water,'],
      ['his doctors', 'His new bedding made him ill'],
    ]);
  });

  it('reads a quote after an adjunct and a colon, and a weak verb with a pronoun clause', () => {
    const claims = run(
      'The coach said after the game: “We played well.”',
      'Dempsey noted there’s no evidence that steroids help. She added it to the list.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['said', 'We played well.'],
      ['noted', 'there’s no evidence that steroids help'],
    ]);
  });

  it('keeps a second quote brought by “adding” apart from the first', () => {
    const claims = run(
      '“People are cautious,” Dan McDowell said, adding, “2019 is not as strong.”',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['said', 'People are cautious,'],
      ['adding', '2019 is not as strong.'],
    ]);
  });

  it('takes the whole clause before “according to” when a parenthesis closed before it', () => {
    const [c] = run(
      'There was a lot of it — about 2,300 tons (2,095 metric tons), according to the researchers’ calculations.',
    );
    expect(c?.quote).toBe('about 2,300 tons (2,095 metric tons)');
  });

  it('ends a claim at its tag when an adjunct of the tag follows, or a clause after the source', () => {
    const claims = run(
      'The house will be turned into a police station, the minister said on Tuesday, after years of debate.',
      'There are three scripts still in contention, according to The Wrap, so it’s possible Paramount is still deciding.',
      'Dubois had two goals, rookie Emil Bemstrom added a goal and an assist, and Columbus won.',
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'The house will be turned into a police station',
      'There are three scripts still in contention',
    ]);
  });

  it('reads a name with compact initials, and a reported clause that goes on after “but that” or a quote', () => {
    const claims = run(
      'Coach P.J. Fleck said Morgan has made progress.',
      'Bridenstine acknowledged that more launches raised the risk, but that the architecture needs to be assessed.',
      'Former aides called it not a car crash, but “an articulated lorry crash” performance.',
      'He said it would be provided next year, but he gave no details.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Coach P.J. Fleck', 'Morgan has made progress'],
      [
        'Bridenstine',
        'more launches raised the risk, but that the architecture needs to be assessed',
      ],
      ['Former aides', 'it not a car crash, but “an articulated lorry crash” performance'],
      ['He', 'it would be provided next year'],
    ]);
    expect(claims[0]?.sourceKind).toBe('person');
  });

  it('reads tags of laughter, inverted answers, “as X put it”, and a title quoted before the speaker', () => {
    const claims = run(
      '“The accordion drives me nuts,” McDowell laughed.',
      '“It depends on what Boeing will invest,” responded NASA administrator Jim Bridenstine.',
      '“We are excited,” notes Johnston.',
      'As Gaiman put it, “He would have been George R.R. Martin.”',
      'After hitting “Takin’ It To the Streets,” the singer told the audience, “that’s really good.”',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['McDowell', 'laughed', 'The accordion drives me nuts,'],
      ['NASA administrator Jim Bridenstine', 'responded', 'It depends on what Boeing will invest,'],
      ['Johnston', 'notes', 'We are excited,'],
      ['Gaiman', 'put it', 'He would have been George R.R. Martin.'],
      ['the singer', 'told', 'that’s really good.'],
    ]);
    expect(run('He laughed at the idea. She put it on the table.')).toEqual([]);
  });

  it('keeps a relative clause between commas and a “that” subject in the claim, and drops a modal from the source', () => {
    const claims = run(
      'He said the plan, which was approved in May, would cost $5 billion.',
      'He said he met Smith, who later resigned.',
      'Apple says that is what you can expect — which is one hour more than before.',
      'Others may argue that the money would pale in comparison.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind, c.quote])).toEqual([
      ['He', 'person', 'the plan, which was approved in May, would cost $5 billion'],
      ['He', 'person', 'he met Smith'],
      ['Apple', 'organization', 'that is what you can expect'],
      ['Others', 'anonymous', 'the money would pale in comparison'],
    ]);
  });

  it('takes “a thing called “…”” for a name, but “X called Y “…”” for a claim', () => {
    const claims = run(
      'He loved a script called “Wild Rose,” a story about a singer.',
      'One of the cards, a poem called “Winter Solstice,” won an award.',
      'Trump called the hearings “a disgrace.”',
      'A better USB-C spec called PD for power delivery cranked up the peak wattage.',
      'I purchased an online course called Teaching Sells.',
      'The officials called Trump a liar.',
      'My husband called him later. Everyone called him Mike. Trump called him a loser.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Trump', 'the hearings “a disgrace.”'],
      ['The officials', 'Trump a liar'],
      ['Trump', 'him a loser'],
    ]);
  });

  it('reads a noun-like verb after a subject with its determiner when a clause with its verb follows', () => {
    const claims = run(
      'The report claims the display size will remain 13.3 inches.',
      'Insurance claims the company paid were high.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['The report', 'the display size will remain 13.3 inches'],
    ]);
  });

  it('reads a weak verb before a clause with its own verb, but not a source after “if”', () => {
    const claims = run(
      'The study found the spacecraft mass could be reduced by a third.',
      'Although he had written a will, it was never executed.',
      'An inmate can be removed only if a doctor says the inmate is no longer at risk.',
      'As if things were not murky enough, Deadline reports that a second film is planned.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['The study', 'the spacecraft mass could be reduced by a third'],
      ['Deadline', 'a second film is planned'],
    ]);
  });

  it('reads a second verb with its auxiliary as the clause subject’s, and not the writer’s “We’ve”', () => {
    const claims = run(
      'Swift took her songs back and has said she would re-record them.',
      'We’ve spent days with the new Pro and can say that Apple has listened.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Swift', 'she would re-record them'],
    ]);
  });

  it('keeps an “after” clause in the reported words', () => {
    const [c] = run(
      'Penn State quarterback Sean Clifford said he received death threats on social media after the loss at Minnesota.',
    );
    expect(c?.quote).toBe('he received death threats on social media after the loss at Minnesota');
  });

  it('keeps an “after” clause in a claim about what happened, and takes a newspaper by its name', () => {
    const claims = run(
      'Penn State quarterback Sean Clifford said he received death threats on social media after the loss at Minnesota.',
      'The San Francisco Chronicle reported that he was arrested.',
      'The Chronicle says he was arrested a block away after employees said he tried to steal a van.',
    );
    expect(claims.map((c) => [c.sourceKind, c.quote])).toEqual([
      ['person', 'he received death threats on social media after the loss at Minnesota'],
      ['media', 'he was arrested'],
      ['media', 'he was arrested a block away after employees said he tried to steal a van'],
      ['anonymous', 'he tried to steal a van'],
    ]);
  });

  it('reads speech verbs heard only before a quote or in a tag, and an adverb before the verb', () => {
    const claims = run(
      'One user on Weibo posted: “How did these two come to Beijing?” She posted a photo of the baby.',
      'An officer shouts: “Open the door!”',
      'Van Der Beek even said there should be “zero shame” involved.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['One user on Weibo', 'How did these two come to Beijing?'],
      ['An officer', 'Open the door!'],
      ['Van Der Beek', 'there should be “zero shame” involved'],
    ]);
  });

  it('takes an automaker or an airline for an organisation', () => {
    const claims = run(
      'The German automaker said the wagon will go 300 miles on a charge. The airline said flights would resume.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind])).toEqual([
      ['The German automaker', 'organization'],
      ['The airline', 'organization'],
    ]);
  });

  it('takes the pronoun after an opening adverbial without a comma as the source', () => {
    const claims = run(
      'On Tuesday she said the talks had failed.',
      'In a Tumblr post at the time she described this as the "worst case scenario".',
      'After the meeting he said that the plan was dead.',
      'What he said was not true. The man who he said had attacked him fled.',
      'The deal depends on whether he believes it will help him.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['she', 'the talks had failed'],
      ['she', 'this as the "worst case scenario"'],
      ['he', 'the plan was dead'],
    ]);
  });
});

describe('more of what is not a claim', () => {
  it('ignores the writer’s own “I” and “we”', () => {
    expect(
      run('I found that the battery lasts ten hours. We believe it is the best laptop.'),
    ).toEqual([]);
  });

  it('gives a tag closing a quote no clause of its own', () => {
    expect(
      run('“We will win,” Trump tweeted soon after the committee ended its hearing.').map(
        (c) => c.quote,
      ),
    ).toEqual(['We will win,']);
  });

  it('does not take an opening date for what a witness said', () => {
    expect(run('On Nov. 15, 2019, the ambassador testified before the committee.')).toEqual([]);
  });
});

describe('constructions met on held-out pages', () => {
  it('takes an object and its quoted label after a labelling verb: "rejected X as “Y”"', () => {
    const [a] = run('The Pentagon rejected these accusations as “patently false,” on Monday.');
    expect(a && pick(a)).toEqual({
      quote: 'these accusations as “patently false,”',
      speaker: 'The Pentagon',
      kind: 'organization',
      form: 'mixed',
    });
    const [b] = run(
      'It was a payout that investor Leon Cooperman blasted on a conference call as “morally wrong.”',
    );
    expect(b && [b.quote, b.speaker, b.form]).toEqual([
      'morally wrong.',
      'investor Leon Cooperman',
      'direct',
    ]);
    expect(
      run('He slammed the door as he left.', 'The board rejected the offer as too low.'),
    ).toEqual([]);
  });

  it('reads an object of "told" with an abbreviation or an apposition before "that"', () => {
    const cs = run(
      'Robertson told VOA correspondent Carla Babb on Nov. 5 that the claim is false.',
      'Reed told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would cut debt.',
    );
    expect(cs.map((c) => c.quote)).toEqual(['the claim is false', 'the merger would cut debt']);
  });

  it('reads a cue word after a possessive as a noun: "the ministry’s claim"', () => {
    const cs = run('Robertson told VOA that the defense ministry’s claim “is patently false.”');
    expect(cs.map((c) => c.speaker)).toEqual(['Robertson']);
  });

  it('ends a reported clause before ", as he …", and takes "boasts" only with that or a quote', () => {
    const [v] = run(
      'Vindman told lawmakers it was his “duty” to report his concerns, as he deflected attacks on his loyalty.',
    );
    expect(v?.quote).toBe('it was his “duty” to report his concerns');
    expect(run('The firm boasts a reputation as a pitiless parer of payroll.')).toEqual([]);
    expect(run('The firm boasted that its payroll was the leanest in the industry.')).toHaveLength(
      1,
    );
  });

  it('reads a tag that ends with its object, a tag followed by a participle, and no "we should note"', () => {
    const [a] = run('Seizures are measured by weight, not by value, an agency spokesman told us.');
    expect(a && [a.quote, a.speaker]).toEqual([
      'Seizures are measured by weight, not by value',
      'an agency spokesman',
    ]);
    const [b] = run(
      'Targeting audiences is key to making dollars go further, Graham said, offering the example of a campaign.',
    );
    expect(b?.quote).toBe('Targeting audiences is key to making dollars go further');
    expect(run('We should note that the price is calculated on a pure gram.')).toEqual([]);
  });

  it('reads contractions: "it’s said" is unattributed, "he’s said" is his', () => {
    expect(run('It’s said that the plan failed.').map((c) => c.sourceKind)).toEqual([
      'unattributed',
    ]);
    expect(run('He’s said that the plan failed.').map((c) => [c.speaker, c.sourceKind])).toEqual([
      ['He', 'person'],
    ]);
  });

  it('takes the subject of "X posted on Twitter accusing Y" as the source, not the clause', () => {
    const [c] = run(
      'Last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing.',
    );
    expect(c && [c.speaker, c.sourceKind]).toEqual(['Taylor Swift', 'person']);
  });

  it('takes no adverb for a source: "Often called bird fancier’s lung, …"', () => {
    expect(
      run('Often called bird fancier’s lung, the illness can range from a cough to worse.'),
    ).toEqual([]);
  });

  it('reads a source with an adverb before its verb: "has consistently denied"', () => {
    const cs = run(
      'He has consistently denied being unfair to her.',
      'The family only said the trip was fine.',
    );
    expect(cs.map((c) => [c.speaker, c.quote])).toEqual([
      ['He', 'being unfair to her'],
      ['The family', 'the trip was fine'],
    ]);
  });

  it('reads a tag that ends the sentence with the one told: ", Cook told Benioff."', () => {
    const [c] = run('Eight out of ten companies write their own apps, Tim Cook told Marc Benioff.');
    expect(c && [c.quote, c.speaker]).toEqual([
      'Eight out of ten companies write their own apps',
      'Tim Cook',
    ]);
  });

  it('reads a claim inside a parenthesis within the parenthesis', () => {
    const cs = run(
      'GateHouse laid off 60 employees (the company would not give the number but called it “immaterial”) and Gannett laid off several hundred.',
    );
    expect(cs.map((c) => c.quote)).toEqual(['it “immaterial”']);
  });

  it('reads the words before a dash or colon as narration introducing the quote', () => {
    const [c] = run(
      'Yet Sondland has already amended his testimony once — “I now do recall,” he said.',
    );
    expect(c && [c.quote, c.form]).toEqual(['I now do recall,', 'direct']);
  });

  it('knows a person named once in the possessive, or family name first', () => {
    const hege = run(
      'The campaign was mocked, but Michelle Hege’s response was concern.',
      '“It is hard to change behaviour,” Hege said.',
    );
    expect(hege.map((c) => [c.speaker, c.sourceKind])).toEqual([['Hege', 'person']]);
    const liu = run(
      'China’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.',
      'Liu said that the army could be deployed.',
    );
    expect(liu.map((c) => [c.speaker, c.sourceKind])[1]).toEqual(['Liu', 'person']);
    // A surname that begins like a name particle ("Le", "La") is still a surname.
    const lewis = run('John Lewis, a senior analyst, spoke first.', '“It is over,” Lewis said.');
    expect(lewis.map((c) => [c.speaker, c.sourceKind])).toEqual([['Lewis', 'person']]);
  });

  it('takes a relayed tag as the medium: "X said, according to Reuters"', () => {
    const cs = run('Exports fell sharply in May, the trade ministry said, according to Reuters.');
    expect(cs.map(pick)).toEqual([
      {
        quote: 'Exports fell sharply in May',
        speaker: 'the trade ministry',
        kind: 'organization',
        form: 'indirect',
      },
    ]);
    expect(cs[0]?.via).toBe('Reuters');
  });

  it('takes "As X reports for Y," and ", reports X." as according-to claims', () => {
    const [a] = run('As Jane Roe reports for NPR, the mill closed last week.');
    expect(a && pick(a)).toEqual({
      quote: 'the mill closed last week',
      speaker: 'Jane Roe',
      kind: 'person',
      form: 'indirect',
    });
    expect(a?.via).toBe('NPR');
    const [b] = run('The port handled 12 million containers last year, reports Reuters.');
    expect(b?.quote).toBe('The port handled 12 million containers last year');
    expect(b?.sourceKind).toBe('media');
  });

  it('reads ", per X," as according to X, but not "per game"', () => {
    expect(run('The virus, per the WHO, is found in bats.').map((c) => c.cue)).toEqual(['per']);
    expect(run('He averages 11 assists per game, the most in the league.')).toEqual([]);
  });

  it('ends an according-to clause before a trailing participle and drops a wire dateline', () => {
    const [c] = run(
      '(Reuters) — Regulators are investigating the firm, according to two people familiar with the matter, adding to its troubles.',
    );
    expect(c?.quote).toBe('Regulators are investigating the firm');
    expect(c?.sourceKind).toBe('anonymous');
  });

  it('finds the subject before a relative clause or apposition with its own conjunctions', () => {
    const [a] = run(
      'The company, which is cutting jobs as it faces losses, confirmed on Monday that it had been contacted by regulators.',
    );
    expect(a?.speaker).toBe('The company');
    const [b] = run(
      'Li Wei, a doctor at the hospital where the patients were treated, wrote that they arrived early.',
    );
    expect(b?.speaker).toBe('Li Wei');
  });

  it('keeps the name before a possessive apposition and a title abbreviation after an inverted verb', () => {
    const [a] = run('"We were not told," Morrison, Hill\'s successor, said.');
    expect(a?.speaker).toBe('Morrison');
    const [b] = run(
      'Officers arrested two men on Main Street, said Lt. Ann Cole, a police spokeswoman.',
    );
    expect(b?.speaker).toBe('Lt. Ann Cole');
    expect(b?.sourceKind).toBe('person');
  });

  it('does not take questions, directives, "testified before" or "adding to" as claims', () => {
    expect(run('"So you never met him?" the chairman asked.')).toEqual([]);
    expect(run('Officials have warned people to stay away from the area.')).toEqual([]);
    expect(run('A former aide testified before the committee on Tuesday.')).toEqual([]);
    expect(
      run('The firm lost money again, adding to a series of problems that have hurt its shares.'),
    ).toEqual([]);
  });

  it('takes a quoted numbered subhead for a heading, not a continuation', () => {
    const cs = run('"We will win," Smith said.', '3. "Not some irregular channel"');
    expect(cs.map((c) => c.quote)).toEqual(['We will win,']);
  });

  it('labels a source-less "is believed to" unattributed and "denied the notion that" by its clause', () => {
    const [a] = run('The strain is believed to have come from bats.');
    expect(a?.sourceKind).toBe('unattributed');
    const [b] = run('Volker disputed the notion that he had run a private channel.');
    expect(b?.quote).toBe('he had run a private channel');
  });

  it('gives unnamed news outlets a media source, and relatives with an owner a person', () => {
    const kinds = run(
      'The man was hospitalized, the state news agency said.',
      'The newspaper reported that the deal was off.',
      'His aunt said he was brilliant.',
      'Ford’s now-deceased father said he was alive.',
      'Parents said the school was unsafe.',
      'Relatives said he was kind.',
    ).map((c) => [c.speaker, c.sourceKind]);
    expect(kinds).toEqual([
      ['the state news agency', 'media'],
      ['The newspaper', 'media'],
      ['His aunt', 'person'],
      ['Ford’s now-deceased father', 'person'],
      ['Parents', 'anonymous'],
      ['Relatives', 'anonymous'],
    ]);
  });

  it('remembers names with inner capitals and family names first, but not brands or sentence openers', () => {
    const kinds = (...texts: string[]) => run(...texts).map((c) => [c.speaker, c.sourceKind]);
    expect(kinds('LeBron James scored 30 points.', '“We won,” James said.')).toEqual([
      ['James', 'person'],
    ]);
    expect(kinds('Dale Ford wrote to his brother.', '“We loved him,” Dale said.')).toEqual([
      ['Dale', 'person'],
    ]);
    expect(
      kinds('Google Play and Google Stadia launched on Monday.', '“It works,” Google said.'),
    ).toEqual([['Google', 'organization']]);
    expect(kinds('Because Google changed it, users left.', 'Google said it was fine.')).toEqual([
      ['Google', 'organization'],
    ]);
    expect(kinds('GateHouse Media bought the paper.', 'GateHouse said it was fine.')).toEqual([
      ['GateHouse', 'organization'],
    ]);
  });

  it('takes bare officers, deputies and firefighters for unnamed sources', () => {
    const claims = run(
      '"We got her, we got her!" officers announced on their radios.',
      '"The fire is out," firefighters said.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind])).toEqual([
      ['officers', 'anonymous'],
      ['firefighters', 'anonymous'],
    ]);
  });

  it('takes no opening adverb for a name and no capitalised common noun for a surname', () => {
    const claims = run(
      'Similarly, one study found that a high-protein diet enhanced metabolism.',
      'Many Studies back this up.',
      'Studies show that a food diary helps.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind])).toEqual([
      ['one study', 'document'],
      ['Studies', 'document'],
    ]);
  });

  it('reads more source-less passives: “is said to”, “have been expected to”, “is considered”, “regarded as”', () => {
    const claims = run(
      'The brain behind this startup is said to be Aryavir Kumar.',
      'Trump and Xi have been expected to sign a partial trade deal.',
      'Binge eating disorder is considered the most common eating disorder.',
      'It is also regarded as significant to Hong Kong.',
      'He was considered for the job. She was told to leave.',
    );
    expect(claims.map((c) => [c.sourceKind, c.cue, c.quote])).toEqual([
      ['unattributed', 'said', 'The brain behind this startup is said to be Aryavir Kumar'],
      ['unattributed', 'expected', 'Trump and Xi have been expected to sign a partial trade deal'],
      ['unattributed', 'considered', 'the most common eating disorder'],
      ['unattributed', 'regarded as', 'significant to Hong Kong'],
    ]);
  });

  it('takes a cited source for no claim, a cited reason for one, and a name before a clause', () => {
    const claims = run(
      'The news organization, citing an anonymous government source, reported that talks had stalled.',
      'The man was hospitalized, the news agency said, citing the regional health commission.',
      'OrbitBeyond canceled its task order citing internal business issues.',
      'This comes after Bloomberg reported WeWork is the subject of an inquiry.',
      'Google promised players would be able to tap into powerful hardware.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['reported', 'talks had stalled'],
      ['said', 'The man was hospitalized'],
      ['citing', 'internal business issues'],
      ['reported', 'WeWork is the subject of an inquiry'],
      ['promised', 'players would be able to tap into powerful hardware'],
    ]);
  });

  it('reads a tag inside a clause only when a short adjunct at most comes before its comma', () => {
    const claims = run(
      'In fact, Nissan still believes in sedans for their practicality, space, as well as looks.',
      'That, Audi says, allows the car to highlight markings.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Audi', 'That, Audi says, allows the car to highlight markings'],
    ]);
  });

  it('takes the writer’s “I” for narration even with an adverb before the verb', () => {
    const claims = run(
      'I truly believe that actions speak louder than words.',
      'Smith really believes that the deal is dead.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([['Smith', 'the deal is dead']]);
  });

  it('gives unions, groups and a company spokesperson an institutional source', () => {
    const kinds = run(
      'The unions said 15,000 people registered.',
      'Advocacy groups estimated that a 9% increase was needed.',
      '"We are cooperating," said a WeWork spokesperson.',
    ).map((c) => c.sourceKind);
    expect(kinds).toEqual(['organization', 'organization', 'organization']);
  });
});

describe('constructions met on blind pages', () => {
  it('takes what someone is accused of for a claim, by whoever accuses, but not "charged with"', () => {
    const claims = run(
      'He is accused of participating in one of the largest ever leaks of government secrets, which could result in a prison term.',
      'The party was accused Wednesday of trying to deceive voters.',
      'Corbyn is accused by critics of failing to clamp down on anti-Semitism.',
      'Each defendant is charged with one count of conspiring to falsify records.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind, c.quote])).toEqual([
      [
        'is accused',
        'unattributed',
        'participating in one of the largest ever leaks of government secrets',
      ],
      ['was accused', 'unattributed', 'trying to deceive voters'],
      ['critics', 'anonymous', 'failing to clamp down on anti-Semitism'],
    ]);
  });

  it('ends an accusation where a dash brings the next clause, and leaves one its claim already holds', () => {
    const claims = run(
      'Officials were accused of concealing the outbreak—and Beijing officials admitted that the city had 10 times as many cases.',
      'He was accused of fraud, prosecutors said.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['accused', 'concealing the outbreak'],
      ['admitted', 'the city had 10 times as many cases'],
      ['said', 'He was accused of fraud'],
    ]);
  });

  it('takes a short quoted paragraph with an abbreviation for a subhead', () => {
    const claims = run(
      'The ministry said U.S. forces were blocking aid to the camp.',
      '“U.S.-controlled bandit formations”',
    );
    expect(claims.map((c) => c.quote)).toEqual(['U.S. forces were blocking aid to the camp']);
  });

  it('reads a verb in a relative clause on its source, not on a count, a subject or a noun phrase', () => {
    const claims = run(
      'The manager believed the waitress, who said that I started it.',
      'The company published a blog post that said customers could now access music for free.',
      'The witnesses included an Army officer who described the call as “improper.”',
      'He referred to her earlier testimony that concluded there was only a 50 percent chance of success.',
      'Costco and Winnebago are among retailers that said they raised prices.',
      'The number who said they had used cannabis rose by 23 percent.',
      'Those who believe the party is stuck are deluding themselves.',
      'Assange, who denies the accusation, has avoided extradition for seven years.',
      'A man who said he was a police officer knocked on the door.',
      'He thanked James Rigney, who wrote as Robert Jordan.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['the waitress', 'I started it'],
      ['a blog post', 'customers could now access music for free'],
      ['an Army officer', 'the call as “improper.”'],
      ['her earlier testimony', 'there was only a 50 percent chance of success'],
      ['retailers', 'they raised prices'],
    ]);
  });

  it('lets the quote after a relative-clause source go on with the sentence’s own speaker', () => {
    const claims = run(
      '“The mission worked with one launch,” Tom Stafford responded. He then referred to Cooke’s earlier testimony that concluded there was only a 50 percent chance of success. “I cannot disagree with it.”',
    );
    expect(claims.map((c) => [c.resolvedSpeaker, c.sourceKind])).toEqual([
      ['Tom Stafford', 'person'],
      ['Cooke’s earlier testimony', 'document'],
      ['Tom Stafford', 'person'],
    ]);
  });

  it('reads a source-less passive in a relative clause beside the sentence’s own claim', () => {
    const claims = run(
      'The company, which is expected to lay off thousands of employees as it faces losses, confirmed on Monday that it had been contacted by the office of the NYAG.',
      'Hubble spotted plumes from Europa, which is thought to harbor a huge, salty ocean beneath its ice shell.',
      'His doctor ordered a chest X-ray, which was considered to be normal.',
      'The email, which was seen by The Real Deal, was sent on Monday.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['is expected', 'to lay off thousands of employees as it faces losses'],
      ['The company', 'it had been contacted by the office of the NYAG'],
      ['is thought', 'to harbor a huge, salty ocean beneath its ice shell'],
      ['was considered', 'to be normal'],
    ]);
  });

  it('reads “has been shown to” as a source-less claim, but not “were shown to”', () => {
    const claims = run(
      'Sleep deprivation has been shown to alter the levels of hormones that affect hunger.',
      'The outflows were also shown to change their galaxy’s structure.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      [
        'has been shown',
        'shown',
        'Sleep deprivation has been shown to alter the levels of hormones that affect hunger',
      ],
    ]);
  });

  it('reads a weak verb before a subject pronoun and any verb of its clause', () => {
    const claims = run(
      'Many in the space community note he held similar views long before working with Boeing.',
      'The coach added it to the list.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['note', 'he held similar views long before working with Boeing'],
    ]);
  });

  it('reads a weak verb before a clause whose subject runs to six words, but not into a relative clause', () => {
    const claims = run(
      'A recent report stated the South Korean solar module industry had a capacity of 8.69 GW.',
      'She recalled the rainy day the man who was arrested came home.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['stated', 'the South Korean solar module industry had a capacity of 8.69 GW'],
    ]);
  });

  it('takes the speaker of a verb after "to" from the verb that hands it the words', () => {
    const claims = run(
      'The cutback led the French manufacturer to announce it would scrap its production.',
      'The video prompted some Twitter users to argue that the campaign made it look as if those featured were on the drug.',
      'Trump has recently tried to suggest that he barely knows his ambassador.',
      'He declined to say when the lander would be ready.',
      'The deal would allow leaders from both countries to claim an easy victory.',
      'The chair allowed him to say that the vote was rigged.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['the French manufacturer', 'announce', 'it would scrap its production'],
      [
        'some Twitter users',
        'argue',
        'the campaign made it look as if those featured were on the drug',
      ],
      ['Trump', 'suggest', 'he barely knows his ambassador'],
    ]);
  });

  it('reads "expect" as a forecast with an object and what it will do, not an intention or a surprise', () => {
    const claims = run(
      'Analysts expect the number of electric vehicles for sale to grow to as many as 80 by 2022.',
      'Seoul expects PV cell producers to increase the average efficiency of their devices.',
      'Bridenstine expects to produce three SLS rockets through 2024.',
      'We didn’t expect much change when it came to speakers.',
      'Schiff never expected that Trump would release a classified transcript.',
      'Google tells us you should expect to buy, not rent, cloud games.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      [
        'Analysts',
        'expect',
        'the number of electric vehicles for sale to grow to as many as 80 by 2022',
      ],
      ['Seoul', 'expects', 'PV cell producers to increase the average efficiency of their devices'],
      ['Google', 'tells', 'you should expect to buy, not rent, cloud games'],
    ]);
  });

  it('reads "speculates", "mentioned", "volunteered" and "bemoans" with a that-clause, not as nouns', () => {
    const claims = run(
      'Vaughan speculates that it might be part of the immune response.',
      'Once the man mentioned that he had switched to a feather duvet, the diagnosis was clear.',
      'However, they volunteered that they had written to his agent three times.',
      'Gaiman still bemoans that the novel should have been marketed like a thriller.',
      'Friends, volunteers, and police canvassed the city looking for the girl.',
      'Someone tried to remove all mention of her from the page.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['speculates', 'it might be part of the immune response'],
      ['mentioned', 'he had switched to a feather duvet'],
      ['volunteered', 'they had written to his agent three times'],
      ['bemoans', 'the novel should have been marketed like a thriller'],
    ]);
  });

  it('keeps a relative clause that goes on with what happened in the claim, not one that says who someone is', () => {
    const claims = run(
      'Castro tells the paper that he fought with the man, who snatched the keys from his hand.',
      'He admitted that he took the child to a hotel, where he held her captive.',
      'Police said the shop was robbed by Smith, who was then on parole.',
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'he fought with the man, who snatched the keys from his hand',
      'he took the child to a hotel, where he held her captive',
      'the shop was robbed by Smith',
    ]);
  });

  it('reads a noun-like verb inverted between the halves of a split quote', () => {
    const claims = run(
      '“We’re truly excited about our tour,” comments Johnston in a statement, “as it’s a celebration of the band’s history. We’ll be performing songs from our full catalog.”',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.continuation ?? false])).toEqual([
      ['Johnston', 'comments', false],
      ['Johnston', 'comments', true],
    ]);
  });

  it('reads "in the words of X" as "according to X", with a colon ending the source', () => {
    const claims = run(
      'Here is how bad things got in the words of the patient: “I was unable to stand. Going upstairs to bed was a 30 min activity.”',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['the patient', 'in the words of', 'I was unable to stand.'],
      ['the patient', 'in the words of', 'Going upstairs to bed was a 30 min activity.'],
    ]);
  });

  it('reads "related" as a speech verb only next to a quote', () => {
    const claims = run(
      'As he related, “the course of steroids continued for 12 months. I have been able to stop them completely.”',
      'The SEC opened an inquiry into rule violations related to its cancelled IPO.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.continuation ?? false])).toEqual([
      ['he', 'related', false],
      ['he', 'related', true],
    ]);
  });

  it('reads "because of" inside a subject as a preposition, not a clause boundary', () => {
    const claims = run(
      'A spokesperson who did not wish to be named because of agency policy said in a statement that the agency never administered vaccines.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      [
        'A spokesperson who did not wish to be named because of agency policy',
        'the agency never administered vaccines',
      ],
    ]);
  });

  it('reads an adverb alone between commas after the subject as no clause boundary', () => {
    const claims = run(
      'Others, though, might argue that the review should include the rocket itself.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Others', 'the review should include the rocket itself'],
    ]);
  });

  it('takes a lower-case “others” after a conjunction for a source', () => {
    const [c] = run(
      'For some, paying off debt is worth it, while others may argue that the money saved would pale in comparison.',
    );
    expect(c && [c.speaker, c.sourceKind, c.quote]).toEqual([
      'others',
      'anonymous',
      'the money saved would pale in comparison',
    ]);
  });

  it('skips a relative clause with “then” between the subject and its verb', () => {
    const [c] = run(
      'But in 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland, reported that smooth muscle in the lungs expresses bitter taste receptors.',
    );
    expect(c && [c.speaker, c.quote]).toEqual([
      'the laboratory of Stephen Liggett',
      'smooth muscle in the lungs expresses bitter taste receptors',
    ]);
  });

  it('reads “as X notes,” after an opening adverb, but not after a subject', () => {
    const claims = run(
      'For example, as Herbert notes, being able to smell pathogens gives the body more time to respond.',
      'HP, as Gizmodo recently explained, is a complex and rare condition.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Herbert', 'being able to smell pathogens gives the body more time to respond'],
    ]);
  });

  it('reads a subject after a subordinate clause as the main clause’s, and ends a claim before “, despite”', () => {
    const claims = run(
      'As we’ve noted, a 2019 study by the Centre for Economic Policy Research concluded that, using standard economic methods, the full incidence of the tariff falls on domestic consumers.',
      'While the plans have changed, the agency has maintained that the SLS will be essential for spaceflight, despite cost issues that pushed back its launch.',
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'using standard economic methods, the full incidence of the tariff falls on domestic consumers',
      'the SLS will be essential for spaceflight',
    ]);
  });

  it('reads "for decades" and "for the first time" between a verb and its “that”', () => {
    const claims = run(
      'Austria argued for decades that it was the first victim of National Socialism.',
      'He admitted for the first time that the company had lost money.',
      'They argued for a policy that would cut taxes.',
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'it was the first victim of National Socialism',
      'the company had lost money',
    ]);
  });

  it('takes the noun phrase after “with” for the source of the participle that follows it', () => {
    const claims = run(
      'There will be fast charging, with Audi suggesting that the car can top up in under thirty minutes.',
      'Smoke will descend on Delhi, with forecasters warning that pollution is likely to reach severe levels, officials said.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Audi', 'the car can top up in under thirty minutes'],
      [
        'officials',
        'Smoke will descend on Delhi, with forecasters warning that pollution is likely to reach severe levels',
      ],
      ['forecasters', 'pollution is likely to reach severe levels'],
    ]);
  });

  it('reads a participle after a quote that closes on a comma as the quoted source’s', () => {
    const claims = run(
      'Noem later tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['Noem', 'tweeted', 'the epidemic “needs to be a dinner table conversation,'],
      ['Noem', 'adding', 'we need everyone on it.'],
    ]);
  });

  it('reads an answering verb with “that” as a claim, but not a joke or an answer without “that”', () => {
    const claims = run(
      'Bridenstine responded that SLS is the only vehicle for launching humans.',
      'Cook joked that he is not Alicia Keys.',
      'Police responded to the scene within minutes of the call.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['Bridenstine', 'responded', 'SLS is the only vehicle for launching humans'],
    ]);
  });

  it('takes the noun phrase after “with” for the source of a two-word participle too', () => {
    const [c] = run(
      'Egypt also criticised the shift, with Jordanian Foreign Minister Ayman Safadi warning of “dangerous consequences”.',
    );
    expect(c && [c.speaker, c.cue, c.quote]).toEqual([
      'Jordanian Foreign Minister Ayman Safadi',
      'warning of',
      'dangerous consequences',
    ]);
  });

  it('reads a source-less view as a participle set off by commas or opening the sentence', () => {
    const claims = run(
      'Israel seized the territories, seen as pivotal parts of any future Palestinian state, in 1967.',
      'Hilly areas, thought to represent exposed portions of the crust, cover 14 percent of the surface.',
      'Long considered one of the great slights, the Doobies were finally nominated.',
      'The board met, considered the offer, and rejected it.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['seen as', 'pivotal parts of any future Palestinian state'],
      ['thought', 'to represent exposed portions of the crust'],
      ['considered', 'one of the great slights'],
    ]);
  });

  it('reads "it was announced/noted/confirmed that" as a source-less claim, but not without “that”', () => {
    const claims = run(
      'It was announced on Monday that the rules would change.',
      'In reading the journal, it was noted that you have been named a 40 Under 40 recipient.',
      'It was announced at the show.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind, c.quote])).toEqual([
      ['It was announced on Monday', 'unattributed', 'the rules would change'],
      ['it was noted', 'unattributed', 'you have been named a 40 Under 40 recipient'],
    ]);
  });

  it('reads "ordered" as a speech verb only in a tag next to a quote', () => {
    const claims = run(
      '"Hands! Let me see your hands!" an officer ordered. "Step out."',
      'The judge ordered the release of the documents.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['an officer', 'ordered', 'Hands!'],
      ['an officer', 'ordered', 'Let me see your hands!'],
      ['an officer', 'ordered', 'Step out.'],
    ]);
  });

  it('reads "weighed in" as a tag next to a quote', () => {
    const claims = run(
      '"We all miss Steve so much," Benioff weighed in, telling Cook, "since he passed, you have been true to his values."',
      'Several senators weighed in on the debate.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['Benioff', 'weighed in', 'We all miss Steve so much,'],
      ['Benioff', 'telling', 'since he passed, you have been true to his values.'],
    ]);
  });

  it('reads a weak verb before a plural with a number or modifiers and a modal', () => {
    const claims = run(
      'A presentation to bondholders indicated administrative jobs would be cut.',
      'Edmunds expects 16.6 million vehicles will be sold this year.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['indicated', 'administrative jobs would be cut'],
      ['expects', '16.6 million vehicles will be sold this year'],
    ]);
  });

  it('reads each clause a hearsay adverb stands in as a claim with no source', () => {
    const claims = run(
      'Earlier this year, GateHouse reportedly laid off more than 60 employees (the company would not disclose the number) and Gannett reportedly laid off several hundred.',
      'He denied meeting Epstein, who reportedly committed suicide in August while in custody.',
      'She asked what he was doing that night, during which he allegedly raped a teenager, a victim of the ring.',
      '“We messed up,” Thomas allegedly told a supervisor.',
      'During the search, investigators reportedly located heroin, Harris said.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['reportedly', 'GateHouse reportedly laid off more than 60 employees'],
      ['reportedly', 'Gannett reportedly laid off several hundred'],
      ['He', 'meeting Epstein, who reportedly committed suicide in August'],
      ['reportedly', 'reportedly committed suicide in August while in custody'],
      ['allegedly', 'he allegedly raped a teenager'],
      ['Thomas', 'We messed up,'],
      ['Harris', 'During the search, investigators reportedly located heroin'],
    ]);
  });

  it('reads what a source reports having seen or counted, but not its results', () => {
    const claims = run(
      'Inner Mongolia health authority reported its third case of bubonic plague on Sunday after two other cases were revealed.',
      'Others reported being abruptly logged off the service.',
      'Michigan health authorities are reporting a 6th fatality linked to the virus.',
      'One Napa County reporting station hasn’t seen a drop of rain since September.',
      'State media have reported only a handful of protester deaths, as well as the deaths of at least four members of the security forces.',
      'McClatchy reported a loss of $304.7 million in the third quarter.',
      'Home Depot reported third-quarter earnings that topped estimates.',
      'One study found that those with BED reported more symptoms of insomnia.',
      'The number of young people who have reported using meth was 3.8 percent.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Inner Mongolia health authority', 'its third case of bubonic plague on Sunday'],
      ['Others', 'being abruptly logged off the service'],
      ['Michigan health authorities', 'a 6th fatality linked to the virus'],
      [
        'State media',
        'only a handful of protester deaths, as well as the deaths of at least four members of the security forces',
      ],
      ['One study', 'those with BED reported more symptoms of insomnia'],
    ]);
  });

  it('reads what someone was told by no one named, on a noun subject too', () => {
    const claims = run(
      'In a company email, employees were told that layoffs will begin this week.',
      'The deal is set, but investors have been told 176 dollars is likely to be the final price, Reuters reported.',
      'Employees were told by WeWork to sign the contract by Monday.',
      'Residents were told to leave their homes.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['were told', 'layoffs will begin this week'],
      [
        'Reuters',
        'The deal is set, but investors have been told 176 dollars is likely to be the final price',
      ],
      ['have been told', '176 dollars is likely to be the final price'],
    ]);
  });

  it('reads the kind of a source from the head before a participle that follows it', () => {
    const claims = run(
      'According to a paper published in the journal Nature Astronomy on Monday, enough water vapor is released to fill a pool.',
      'According to data released by MOTIE in August, installed capacity reached 1.64 GW.',
      'Court papers obtained by our correspondent on Monday showed the suit was filed by the lawmakers.',
    );
    expect(claims.map((c) => c.sourceKind)).toEqual(['document', 'document', 'document']);
  });

  it('reads unnamed news outlets as media: “state media”, “the news organization”', () => {
    const claims = run(
      'State media have said that only a handful of protesters died.',
      'The news organization reported that the talks had stalled.',
    );
    expect(claims.map((c) => c.sourceKind)).toEqual(['media', 'media']);
  });

  it('leaves an adverb out of the subject a second verb hangs on', () => {
    const [c] = run(
      'In his announcement, James Van Der Beek even touched upon the idea and noted there should be “zero shame” involved.',
    );
    expect([c?.speaker, c?.sourceKind]).toEqual(['James Van Der Beek', 'person']);
  });

  it('ends a label before a concession of the writer’s: “called X a Y despite …”', () => {
    const [c] = run(
      'At the time, Toyota called the vehicle a concept despite looking ready to hit showrooms.',
    );
    expect(c?.quote).toBe('the vehicle a concept');
  });

  it('reads “described” and “dismissed” with an object and “as” without quote marks', () => {
    const claims = run(
      'Then a radiologist dismissed a chest X-ray of his lungs as normal.',
      'The chairman of the party described the doctored video as lighthearted satire.',
      'He could not have been there, because she described him as sweating, and at that time he could not sweat.',
      'The judge dismissed the case on Monday.',
      '“I was signed off work and spent most of the time asleep,” the patient described in the report.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['a radiologist', 'a chest X-ray of his lungs as normal'],
      ['The chairman of the party', 'the doctored video as lighthearted satire'],
      ['she', 'him as sweating'],
      ['the patient', 'I was signed off work and spent most of the time asleep,'],
    ]);
  });

  it('reads a negated forecast with no source: “X isn’t expected until next year”', () => {
    const [c] = run('The first electric model isn’t expected until next year.');
    expect([c?.speaker, c?.quote]).toEqual([
      'isn’t expected',
      'The first electric model isn’t expected until next year',
    ]);
  });

  it('reads the subject before an auxiliary and an adverb set off by commas', () => {
    const claims = run(
      'Recent governments have, however, recognized that Austrians were also perpetrators.',
      'The company has, however, said that it will appeal.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Recent governments', 'Austrians were also perpetrators'],
      ['The company', 'it will appeal'],
    ]);
    expect(claims[0]?.sourceKind).toBe('organization');
  });

  it('reads the subject a participle hangs on after a time adverbial with no comma', () => {
    const claims = run(
      'Last week State Department official David Holmes revealed one of those calls to investigators, saying he recalled it “vividly.”',
      'On Monday the company released a statement, saying it would appeal the ruling.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['State Department official David Holmes', 'he recalled it “vividly.”'],
      ['the company', 'it would appeal the ruling'],
    ]);
  });

  it('reads a noun-like verb after a relative pronoun and a name: “which Nissan claims is …”', () => {
    const claims = run(
      'It puts out 151 PS; which Nissan claims is a 20% improvement compared to the older engine.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Nissan', 'is a 20% improvement compared to the older engine'],
    ]);
  });

  it('reads a noun-like verb before a pronoun and its verb: “research shows it gives …”', () => {
    const [c, ...rest] = run(
      'And existing research into hibernation shows it gives enhanced radiation protection.',
    );
    expect(rest).toHaveLength(0);
    expect([c?.speaker, c?.quote]).toEqual([
      'existing research into hibernation',
      'it gives enhanced radiation protection',
    ]);
    expect(c?.sourceKind).toBe('document');
  });

  it('reads a brand written with a lower-case first letter as a source: “iFixit”, “eBay”', () => {
    const claims = run(
      'As iFixit points out in its teardown, the keyboard is virtually identical to the Magic Keyboard.',
      'eBay said the sale was final.',
    );
    expect(claims.map((c) => [c.speaker, c.sourceKind, c.quote])).toEqual([
      ['iFixit', 'organization', 'the keyboard is virtually identical to the Magic Keyboard'],
      ['eBay', 'organization', 'the sale was final'],
    ]);
  });

  it('reads “shared” with a clause as reporting, and not with a thing shared', () => {
    const claims = run(
      'Project Manager Fumihiko Hazama shared with AutoIndustriya.com that they have improved chassis rigidity.',
      'She shared a photo of the car on Instagram.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Project Manager Fumihiko Hazama', 'they have improved chassis rigidity'],
    ]);
  });

  it('reads what someone remembered, and a long object before a colon and a quote', () => {
    const claims = run(
      'Phoning in from London, Harper remembered the anxiety of moving forward without that crucial missing piece: “The script just said something along those lines.”',
      'He remembered that it looked just like a tuft cell.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Harper', 'The script just said something along those lines.'],
      ['He', 'it looked just like a tuft cell'],
    ]);
  });

  it('reads an accusation in a relative clause on its source, to the end of its clause', () => {
    const claims = run(
      'Assange is battling extradition to the United States, which accuses him of publishing secret documents.',
      'The outage angered customers who accused the utility of using blackouts as a crutch because it failed to harden its equipment.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['the United States', 'him of publishing secret documents'],
      [
        'customers',
        'the utility of using blackouts as a crutch because it failed to harden its equipment',
      ],
    ]);
    expect(claims[0]?.sourceKind).toBe('organization');
  });

  it('reads “deny” with a noun phrase, ending at a second verb “and say”', () => {
    const claims = run(
      'China backs the formula, while the city’s police deny accusations of brutality and say they show utmost restraint.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['the city’s police', 'accusations of brutality'],
      ['the city’s police', 'they show utmost restraint'],
    ]);
  });

  it('reads a participle after “after” or “while” as the main subject’s', () => {
    const claims = run(
      'Taylor Swift got support last week, after accusing them of trying to stop her performing.',
      'The company cut jobs, while insisting that the business was healthy.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Taylor Swift', 'them of trying to stop her performing'],
      ['The company', 'the business was healthy'],
    ]);
  });

  it('reads a view of a relative pronoun’s antecedent: “which Apple views as …”', () => {
    const claims = run(
      'Among those values is privacy, which Apple views as "a fundamental human right" and embeds into its products.',
      'He was eliminated in what host Tom Bergeron described as the “hardest verdict so far this season.”',
      'They studied Europa, which astrobiologists regard as one of the best bets to host alien life.',
      'The case, which was described as unusual, is closed.',
    );
    expect(claims.map((c) => [c.speaker, c.quote])).toEqual([
      ['Apple', 'a fundamental human right'],
      ['host Tom Bergeron', 'the “hardest verdict so far this season.”'],
      ['astrobiologists', 'one of the best bets to host alien life'],
    ]);
  });

  it('reads a view with no source after a contracted “be”: “I’m considered …”', () => {
    const claims = run('Now, I’m considered an authority on building an online presence.');
    expect(claims.map((c) => [c.speaker, c.sourceKind, c.quote])).toEqual([
      ['considered', 'unattributed', 'an authority on building an online presence'],
    ]);
  });

  it('reads a participle opening the sentence as the main clause’s subject’s', () => {
    const [c] = run(
      'Noting that on Earth there is a bacterium that can survive on acetylene, Mike Malaska asked, "Could it live in Titan?"',
    );
    expect([c?.speaker, c?.quote]).toEqual([
      'Mike Malaska',
      'on Earth there is a bacterium that can survive on acetylene',
    ]);
  });

  it('reads a finding told as a discovery or a recognition before its clause', () => {
    const claims = run(
      'They discovered that the galaxies emerged within their simulation.',
      'Another study in 103 women noticed that abstaining from certain foods resulted in cravings.',
      'Coach Anthony Lynn recognizes that his team’s playoff hopes are slim.',
      'They demonstrated in 2013 that it responded to molecules secreted by microorganisms.',
      'She discovered the body in the garage.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['They', 'discovered', 'the galaxies emerged within their simulation'],
      [
        'Another study in 103 women',
        'noticed',
        'abstaining from certain foods resulted in cravings',
      ],
      ['Coach Anthony Lynn', 'recognizes', 'his team’s playoff hopes are slim'],
      ['They', 'demonstrated', 'it responded to molecules secreted by microorganisms'],
    ]);
  });

  it('reads a weak verb before a number of things and a past verb', () => {
    const claims = run(
      'Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances.',
      'The company reported 12 new stores in March.',
    );
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ['reported', 'at least 5,000 people entered the Statehouse through public entrances'],
    ]);
  });

  it('reads a claim noun its one owner holds: “X’s announcement that …”, “his vow that …”', () => {
    const claims = run(
      'Despite Mr. Trump’s Oct. 11 announcement that the two countries had reached a deal, nothing was signed.',
      'Johnson is under fire for failing to deliver on his often-repeated vow that Britain would leave the EU.',
      'It is as hard to believe as Robert Mueller’s own testimony that he was not familiar with Fusion GPS — the font of the dossier.',
      'Schiff’s assertion that he does not know the name is as hard to believe.',
      'He referred to Cooke’s earlier testimony that concluded there was only a 50 percent chance.',
      'Users pointed to articles to support their claim that her net worth far exceeded her salary.',
    );
    expect(claims.map((c) => [c.speaker, c.cue, c.quote])).toEqual([
      ['Mr. Trump', 'announcement', 'the two countries had reached a deal'],
      ['his', 'vow', 'Britain would leave the EU'],
      ['Robert Mueller', 'testimony', 'he was not familiar with Fusion GPS'],
      ['Cooke’s earlier testimony', 'concluded', 'there was only a 50 percent chance'],
    ]);
  });
});
