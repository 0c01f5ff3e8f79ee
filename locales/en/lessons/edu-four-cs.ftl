## Lesson: The four Cs of online risk (parents and educators)

edu-four-cs = The four Cs of online risk
    .summary = A simple way to sort what can go wrong online (content, contact, conduct and contract), so you know which question to ask.

edu-four-cs-meeting = At a parents' evening, Ms Salma, the school counsellor, draws four circles on the board. "Most of what our children do online is good: they learn, play and keep in touch with family. When something goes wrong, it usually fits in one of four circles. Researchers and the ITU call them the four Cs: content, contact, conduct and contract."
    .alt = A school counsellor stands by a board with four coloured circles, facing parents seated in a classroom.

edu-four-cs-content-contact = Content is what a child sees or hears: a violent clip forwarded in the class WhatsApp group, a rumour dressed up as news, images not meant for their age, posts that spread hatred. Contact is who reaches the child: for example an adult posing as a young gamer, who flatters, offers gifts such as game credit, then asks to move to a private chat and keep it secret.
    .alt = Two circles: in one, a phone screen with a warning sign; in the other, a game controller and a speech bubble from an unknown player.

edu-four-cs-conduct-contract = Conduct is what children do to each other: mocking a classmate in a group, sharing a photo without asking, leaving someone out on purpose. Your child may be on either side. Contract is the deals a child is drawn into, often without knowing it: game purchases with the card saved on the family phone, "free" apps that collect contacts and location, prize messages that ask for bank details.
    .alt = Two circles: in one, chat bubbles and a sad face; in the other, a bank card and a coin next to a game screen.

edu-four-cs-gems = Yousef, 11, tells his mother that a friendly player in his football game offered him 1,000 gems for a photo of himself, "just between us". What is the best first response?
edu-four-cs-gems-take-phone = "That's it, no more games for a month."
    .feedback = Yousef did exactly the right thing by telling. If telling costs him his game, next time he may stay silent, and the danger will still be there.
edu-four-cs-gems-thank-report = "Thank you for telling me. You did nothing wrong. Let's take a screenshot, block this player and report him together."
    .feedback = This is a contact risk, and Yousef's trust is your best protection. Thanking him, keeping evidence, blocking and reporting deal with the danger and show him what to do next time.
edu-four-cs-gems-ignore = "Don't worry about it, just ignore him."
    .feedback = Ignoring leaves the player free to try again, with Yousef or with other children. Flattery, gifts and secrecy are warning signs worth blocking and reporting.

edu-four-cs-emerging = The 2020 ITU guidelines add newer technology: connected toys and smart speakers with microphones, cameras or location; online games with voice chat, strangers and paid surprise items; apps that use artificial intelligence. The same four Cs apply: a talking doll can bring content and contact, a game shop brings contract. Some children need extra attention, such as children with disabilities, and migrant children who may be new to the language or the country.
    .alt = A teddy bear with a small microphone, a game console and a smart speaker, all linked to a Wi-Fi symbol.

edu-four-cs-toy = For Eid, Layla's grandmother gives her a talking doll that connects to an app over Wi-Fi. What do you do first?
edu-four-cs-toy-as-is = Switch it on and let her play. It is a children's toy, so it must be safe.
    .feedback = Being made for children does not mean it is set up safely. Some connected toys come with a default password and a microphone that stays on.
edu-four-cs-toy-settings = Before she plays, check what the toy records, change the default password, and switch the microphone or camera off when it is not in use.
    .feedback = Yes. A few minutes of setup keeps the fun and protects her voice, photos and location. Tell her what you changed and why.
edu-four-cs-toy-ban = Put it away. Connected toys are too dangerous.
    .feedback = With the right settings, the risks of a connected toy become much smaller, and a ban turns a loving gift into a worry. Setting it up together teaches more.

edu-four-cs-four-questions = Online safety is about behaviour, not technology. The four Cs turn worry into four calm questions: What is my child seeing? Who is talking to them? How are they treating others, and how are they treated? What are they agreeing to or paying for? Ask them often, with interest rather than fear. The aim is a resilient child who knows what to do, not a frightened one.

edu-four-cs-recap = Content: what they see. Contact: who reaches them. Conduct: how they behave and how they are treated. Contract: what they agree to, pay for or give away. New toys, games and apps bring the same four risks. Look at the behaviour, not the gadget, and keep the conversation open.

## Quiz

edu-four-cs-quiz-secret-gift = In an online game, a player offers Lina, 10, free game credit if she sends him a photo and keeps it secret. Which C is this mainly, and why?
    .hint = Think about who is reaching the child.
edu-four-cs-quiz-secret-gift-contract = Contract, because the whole offer is built around game credit, which is a kind of payment
    .feedback = The game credit is only the bait. The real danger is a person seeking a private link with her, asking for a photo and for secrecy: that is contact.
edu-four-cs-quiz-secret-gift-content = Content, because the photo may not suit her age
    .feedback = Content is what a child sees or hears. Here the risk is a person reaching out to her and asking for something, so it is mainly contact.
edu-four-cs-quiz-secret-gift-contact = Contact, because a stranger is trying to reach her in private
    .feedback = Right. A stranger seeking a private link, with gifts and secrecy, is a contact risk and a common grooming pattern.

edu-four-cs-quiz-which-contract = Which of these are contract risks? Choose all that apply.
edu-four-cs-quiz-which-contract-gems-photo = A player in a football game offers a child 1,000 gems in exchange for a photo
    .feedback = The gems make it look like a deal, but the danger is the person asking for a photo. That is contact, and a warning sign to block and report.
edu-four-cs-quiz-which-contract-saved-card = A child buys game items with the bank card saved on the family phone, one tap at a time
    .feedback = Yes. Purchases are a contract risk: money is spent without a clear decision by an adult.
edu-four-cs-quiz-which-contract-violent-ad = A violent clip that appears as an advert in the middle of a free game
    .feedback = It comes inside a free game, but the risk is what the child sees. That is content.
edu-four-cs-quiz-which-contract-free-app-data = A "free" app that asks for contacts and location before it will open
    .feedback = Yes. The child pays with personal data instead of money, which is a contract risk.
edu-four-cs-quiz-which-contract-skins-mocking = Classmates mocking a pupil in a group chat because he has no paid skins in the game
    .feedback = Money comes into it, but the harm is in how children treat each other. That is conduct.

edu-four-cs-quiz-own-child = Your own child can be the one who causes a conduct risk, for example by sharing a classmate's photo without asking.
edu-four-cs-quiz-own-child-true =
    .feedback = Right. Conduct is what children do to each other, and any child can be on either side: the one who is hurt, or the one who shares, mocks or leaves someone out.
edu-four-cs-quiz-own-child-false =
    .feedback = In fact this is true. Conduct risks come mostly from other children, and your child can be on either side. How they treat others matters as much as how they are treated.

edu-four-cs-quiz-connected-toy = Amine, 7, is given a talking robot with a microphone that connects to an app. What is the most useful first step?
edu-four-cs-quiz-connected-toy-factory = Keep the factory settings: a toy sold for young children has already been set up by its maker to be safe for them
    .feedback = Being made for children does not mean it is set up safely. Some connected toys come with a shared default password and a microphone that stays on, so check first.
edu-four-cs-quiz-connected-toy-settings = Check what it records, change the default password, and switch the microphone off when not in use
    .feedback = Yes. These simple settings limit what the toy can record or share, and it stays fun. Tell Amine what you changed and why.
edu-four-cs-quiz-connected-toy-in-box = Put it away for good, since any toy with a microphone could be used to listen in on a child
    .feedback = That avoids the risk but also the fun, and turns a gift into a worry. With the right settings, the risk becomes much smaller.

edu-four-cs-quiz-fear = The best way to protect children is to scare them away from the internet.
    .hint = Think about what a frightened child does when something goes wrong.
edu-four-cs-quiz-fear-true =
    .feedback = That is not true. Fear often makes children hide problems. The ITU guidelines aim for resilient children who know what to do and whom to tell.
edu-four-cs-quiz-fear-false =
    .feedback = Correct. Resilient children who feel free to tell an adult are safer than frightened children who keep silent.
