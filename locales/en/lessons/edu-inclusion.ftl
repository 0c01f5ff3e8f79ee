## Lesson for parents and educators: Every child included

edu-inclusion = Every child included
    .summary = Help children with disabilities and migrant or refugee children enjoy the internet safely, with the extra care they may need.

edu-inclusion-meet = In Mr Khalid's class of eleven-year-olds there is Ali, who has a learning disability and understands best with pictures and short, concrete sentences, and Nour, whose family came from another country two years ago. For Ali, video calls are the easiest way to keep in touch with his cousins and friends. For Nour, voice messages to her grandmother far away keep her family close. Both children need the internet; both may need more support to use it safely.
    .alt = In a classroom, a boy smiles at a tablet showing a video call with two cousins, and a girl holds a phone to her ear to send a voice message, with a heart floating above her.

edu-inclusion-lifeline = The 2020 COP guidelines added children with disabilities and migrant children to their topics, because their needs are easily overlooked. For many children with disabilities, the online world is a crucial lifeline to taking a full part in social life. For a migrant or refugee child, it can be the thread that links them to family, language and home. The UN Convention on the Rights of the Child gives every right to every child, without discrimination because of disability or origin. So the goal is the same rights and the same opportunities, with extra support rather than extra bans.

edu-inclusion-risks = Some children face extra risks. A child with a disability may find it harder to spot a trick or someone's real intentions, may be lonely and welcome any attention, may rely on others to help with devices and accounts, and may be targeted for being different; reporting tools are often not designed with them in mind. A migrant or refugee child may feel isolated in a new place; their parents may not yet know the local language, apps or services; the family may not know where to get help, or may hesitate to contact officials; offers of work, travel, papers or money can be traps; and some children meet hateful comments about where they come from. None of this is true of every child: get to know the child in front of you.

edu-inclusion-explain = Mr Khalid wants to teach the class to keep personal information private. How can he make sure Ali understands it too?
edu-inclusion-explain-same-sheet = Give Ali the same worksheet as everyone and read it through quickly.
    .feedback = The same content is right, but the same format may not reach Ali. Without some adaptation he may miss the message entirely.
edu-inclusion-explain-adapt = Use pictures, concrete examples and role play, repeat the key idea, check understanding, and plan it with Ali's parents and support teacher.
    .feedback = Yes. Short sentences, images, practice and repetition help many children, and the family knows what works for Ali. Agree on one simple rule and one trusted adult he can go to.
edu-inclusion-explain-offline = Tell Ali he should not go online at all.
    .feedback = This cuts Ali off from friends and learning, and he will probably go online anyway, without the skills. Support works better than bans.

edu-inclusion-family = Nour's mother cannot yet read the language of the school's letter about online safety. What should the school do?
edu-inclusion-family-resend = Send the letter again: reading it is the family's job.
    .feedback = The information still would not reach her. A parent who cannot read a letter is not a parent who does not care.
edu-inclusion-family-nour-translates = Ask Nour to translate everything for her mother.
    .feedback = Many children help their families with language, but on safety topics a child may soften or skip the worrying parts, and it puts an adult's burden on her. Use an adult interpreter where you can.
edu-inclusion-family-meet-mother = Meet Nour's mother with an interpreter or a trusted member of her community, use pictures, and ask which apps the family uses.
    .feedback = Yes. A face-to-face conversation builds trust, and asking about the family's real apps makes the advice practical. { -app-name } in a language the family reads can help too.

edu-inclusion-trusted = Every child needs at least one trusted adult they can reach in a way that works for them: in sign language, with pictures, or in their own language. Name these adults together with the child, and check that the child knows how to block and report in the apps they actually use. Remember that reporting tools and helplines may not be accessible to every child, or available in their language: be ready to go with them. Adapt; do not exclude.

edu-inclusion-recap = Children with disabilities and migrant or refugee children have the same rights online as every child. The internet can be their lifeline, and they may face extra risks. Explain in accessible ways (pictures, short sentences, role play, repetition), reach parents in their own language, use adult interpreters for safety topics, and make sure every child has a trusted adult they can reach and knows how to report.

## Quiz

edu-inclusion-quiz-best-approach = What is the best approach to online safety for Ali, 11, who has a learning disability?
edu-inclusion-quiz-best-approach-offline = Keep him offline for a few more years, until he is older and better able to spot tricks and people's real intentions
    .feedback = This takes away an important way to take part in social life, and he will not learn the skills he needs. Support works better than bans.
edu-inclusion-quiz-best-approach-same-sheet = The same worksheet as everyone else, with no changes, so that he does not feel singled out
    .feedback = The same content is right, but the same format may not reach him. Adapting the explanation is not singling him out: it makes sure he gets the message.
edu-inclusion-quiz-best-approach-rights-support = The same rights and rules as his classmates, explained in ways that work for him, with extra support
    .feedback = Yes. Equal rights, accessible explanations and a trusted adult: protection without exclusion.

edu-inclusion-quiz-extra-risks = Which of these can add to a migrant or refugee child's risk online? Choose all that apply.
    .hint = Think about the family's situation as well as the child's.
edu-inclusion-quiz-extra-risks-voice-messages = Sending voice messages every day to grandparents who live in another country
    .feedback = This is a lifeline, not a risk: it keeps the child close to family and language. Support it.
edu-inclusion-quiz-extra-risks-parents-new = Parents who do not yet know the local language, apps or services
    .feedback = Yes. It is harder for parents to guide a child, or to know where to get help, in a system that is new to them.
edu-inclusion-quiz-extra-risks-languages = Speaking one language at home and another at school
    .feedback = Speaking several languages is a strength, not a risk in itself. It can even help the child explain things to others.
edu-inclusion-quiz-extra-risks-offers = Messages from strangers offering work, travel, papers or money
    .feedback = Yes. Such offers can be traps aimed at families in a difficult situation.

edu-inclusion-quiz-translate = On safety topics, it is best to ask the child to translate everything for their parents.
edu-inclusion-quiz-translate-true =
    .feedback = That is not true. A child may soften or skip the worrying parts, and it gives them an adult's burden. An adult interpreter or a trusted community member is better.
edu-inclusion-quiz-translate-false =
    .feedback = Right. For safety topics, use an adult interpreter or a trusted member of the community, so that parents get the full message.

edu-inclusion-quiz-accessible = Which explanation is most accessible for a child who understands best with images?
    .hint = Think short, concrete and repeated.
edu-inclusion-quiz-accessible-pictures = A short rule with pictures, acted out in a role play and repeated on different days
    .feedback = Yes. Images, practice and repetition make the rule concrete and help it stick.
edu-inclusion-quiz-accessible-long-talk = One long, detailed talk at the start of the school year
    .feedback = A long talk, given once, is hard to follow and easy to forget. Short, repeated practice works better.
edu-inclusion-quiz-accessible-poster = A poster of the written rules on the classroom wall, to reread at any time
    .feedback = Text alone may not reach a child who understands best with images. Pictures and practice work better.

edu-inclusion-quiz-lifeline = For many children with disabilities, the online world is an important way to take part in social life.
edu-inclusion-quiz-lifeline-true =
    .feedback = Yes. The COP guidelines call it a crucial lifeline to full social participation. That is why support matters more than bans.
edu-inclusion-quiz-lifeline-false =
    .feedback = In fact it is true. The COP guidelines call it a crucial lifeline to full social participation, so the aim is safe access, not no access.
