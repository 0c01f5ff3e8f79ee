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
    .feedback = Being made for children does not mean it is set up safely. Many connected toys come with a default password and a microphone that stays on.
edu-four-cs-toy-settings = Before she plays, check what the toy records, change the default password, and switch the microphone or camera off when it is not in use.
    .feedback = Yes. A few minutes of setup keeps the fun and protects her voice, photos and location. Tell her what you changed and why.
edu-four-cs-toy-ban = Put it away. Connected toys are too dangerous.
    .feedback = Most connected toys can be used safely with the right settings, and a ban turns a loving gift into a worry. Setting it up together teaches more.

edu-four-cs-four-questions = Online safety is about behaviour, not technology. The four Cs turn worry into four calm questions: What is my child seeing? Who is talking to them? How are they treating others, and how are they treated? What are they agreeing to or paying for? Ask them often, with interest rather than fear. The aim is a resilient child who knows what to do, not a frightened one.

edu-four-cs-recap = Content: what they see. Contact: who reaches them. Conduct: how they behave and how they are treated. Contract: what they agree to, pay for or give away. New toys, games and apps bring the same four risks. Look at the behaviour, not the gadget, and keep the conversation open.

## Quiz

edu-four-cs-quiz-secret-gift = A player in an online game offers a 10-year-old girl free game credit if she sends a photo and keeps it secret. Which C is this mainly?
    .hint = Think about who is reaching the child.
edu-four-cs-quiz-secret-gift-content = Content
    .feedback = Content is about what a child sees. Here the risk is a person reaching out to her, so it is mainly contact.
edu-four-cs-quiz-secret-gift-contact = Contact
    .feedback = Right. A stranger seeking a private link, with gifts and secrecy, is a contact risk and a common grooming pattern.
edu-four-cs-quiz-secret-gift-contract = Contract
    .feedback = Game credit is involved, but the real danger is the person asking for a photo and for secrecy. That is contact.

edu-four-cs-quiz-which-contract = Which of these are contract risks? Choose all that apply.
edu-four-cs-quiz-which-contract-saved-card = A child buys game items with the card saved on the family phone
    .feedback = Yes. Purchases are a contract risk: money is spent without a clear decision by an adult.
edu-four-cs-quiz-which-contract-violent-clip = A violent clip forwarded in the class group
    .feedback = This is content, something the child sees. There is no deal or payment.
edu-four-cs-quiz-which-contract-free-app-data = A "free" app that asks for contacts and location
    .feedback = Yes. The child pays with personal data instead of money, which is a contract risk.
edu-four-cs-quiz-which-contract-mocking = Classmates mocking a pupil in a group chat
    .feedback = This is conduct: how children treat each other.
edu-four-cs-quiz-which-contract-prize-scam = A message saying "You won a phone! Send your parents' bank details"
    .feedback = Yes. Scams that trick people into deals or payments are contract risks.

edu-four-cs-quiz-conduct-strangers = Conduct risks are only about what strangers do to a child.
edu-four-cs-quiz-conduct-strangers-true =
    .feedback = Not so. Conduct is mostly about peers: what children do to each other, including what your own child does, such as sharing a photo without asking.
edu-four-cs-quiz-conduct-strangers-false =
    .feedback = Correct. Conduct is about behaviour among children: cyberbullying, sharing without consent, leaving someone out. Your child can be on either side.

edu-four-cs-quiz-connected-toy = A child receives a connected toy with a microphone. What is the most useful first step?
edu-four-cs-quiz-connected-toy-settings = Check what it records, change the default password and switch the microphone off when not in use
    .feedback = Yes. These simple settings limit what the toy can record or share, and the toy stays fun.
edu-four-cs-quiz-connected-toy-factory = Keep the factory settings, since it is made for children
    .feedback = Factory settings often include a shared default password and a microphone that stays on. Check them first.
edu-four-cs-quiz-connected-toy-in-box = Keep it in its box for good
    .feedback = That avoids the risk but also the fun. With sensible settings, most connected toys can be used safely.

edu-four-cs-quiz-fear = The best way to protect children is to scare them away from the internet.
    .hint = Think about what a frightened child does when something goes wrong.
edu-four-cs-quiz-fear-true =
    .feedback = Fear often makes children hide problems. The ITU guidelines aim for resilient children who know what to do and whom to tell.
edu-four-cs-quiz-fear-false =
    .feedback = Correct. Resilient children who feel free to tell an adult are safer than frightened children who keep silent.
