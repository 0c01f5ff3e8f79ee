## Lesson: True or false? (ages 13-18)

net-misinformation = True or false? Check before you forward
    .summary = How to spot a rumour, check a source or a photo, and stop false news from spreading through your groups.

net-misinformation-meet = It's 10 p.m. In Dina's class group, a message appears: "URGENT!!! The ministry has cancelled tomorrow's exams. Forward to everyone!" It comes with a picture of an official-looking letter. Thirty people have already reacted. Dina, 15, is about to forward it to her cousins' group.
    .alt = Dina holds her phone, which shows a group chat with a letter picture and many forward arrows.

net-misinformation-what-now = What would you do if you were Dina?
net-misinformation-what-now-forward-fast = Forward it now: everyone should know in time.
    .feedback = If it's false, her cousins might stop revising and be caught out tomorrow. A message that says "forward to everyone" is a reason to slow down, not to hurry.
net-misinformation-what-now-check-first = Pause, and check the school's or the ministry's official page, or ask a teacher.
    .feedback = Yes. Real announcements appear on official channels. If it isn't there, it's most likely a rumour, and Dina can calmly say so in the group.
net-misinformation-what-now-ask-group = Ask in the group: "Is this true? Where does it come from?"
    .feedback = Good reflex: asking where it comes from makes others think too. The best next step is to check the official source herself.

net-misinformation-flood-photo = The next day, Ziad's uncle forwards a photo to the family group: a street flooded up to the car roofs. "Our city this morning! Stay at home!" Ziad, 17, searches the image online and finds the same photo posted years ago, in another country.
    .alt = Ziad holds a magnifying glass over a photo of a flooded street; next to it, a calendar page and a globe show it is old and from somewhere else.

net-misinformation-check = Before you believe or forward, check like a detective. Who made it: is a real, named source behind it? Is it also on official pages or trusted news sites? Where and when is the photo from? Search the image to see where it first appeared: photos can be edited, or taken from an old event. And how does it make you feel? A message that makes you very scared, angry or excited and says "forward now" is a reason to slow down.

net-misinformation-tell-uncle = Ziad wants to tell his uncle. What is the best way?
net-misinformation-tell-uncle-mock-public = Reply in the family group: "Fake! Don't you ever check anything?"
    .feedback = He would be right about the photo, but embarrassing his uncle in front of everyone hurts, and it rarely changes minds.
net-misinformation-tell-uncle-private-kind = Message him privately and kindly, with the link to where the photo really comes from.
    .feedback = Yes. Respectful and useful: his uncle can delete it himself or share the correction. Anyone can be fooled by a convincing photo.
net-misinformation-tell-uncle-say-nothing = Say nothing: you don't correct an elder.
    .feedback = Respect for elders matters, and it can go together with helping. A kind private word protects the whole family from a false alarm.

net-misinformation-think-forward = Think before you forward. A forward can travel far and fast, and every time you send something on, you become part of the chain. The United Nations asks everyone to "pause, take care before you share". If you're not sure it's true, don't send it: that is how a rumour stops.

net-misinformation-recap = Pause before you believe, and before you forward. Check who made it, find it on official or trusted sources, and search the image. Strong feelings and "forward to everyone" are signs to slow down. Correct people kindly, in private. When in doubt, don't send it.

## Quiz

net-misinformation-quiz-warning-signs = Which of these are signs that a message might be false? Choose all that apply.
net-misinformation-quiz-warning-signs-forward-all = It says "URGENT! Forward to everyone!"
    .feedback = Yes. Pushing you to forward fast is a way of stopping you from checking.
net-misinformation-quiz-warning-signs-official-page = It's also on your school's official page, with the same date
    .feedback = That's a good sign, not a warning: official pages are where real announcements appear.
net-misinformation-quiz-warning-signs-no-source = It doesn't say who made it or where it comes from
    .feedback = Yes. Reliable information says who is behind it, so you can check.
net-misinformation-quiz-warning-signs-named-link = It names the ministry and links to its official website, where you find the same news
    .feedback = That's a good sign: you could check the source yourself, and it says the same thing.
net-misinformation-quiz-warning-signs-strong-feelings = It makes you very scared or very angry
    .feedback = Yes. False news often plays on strong feelings so that people share before they think.

net-misinformation-quiz-photo-check = How can you check whether a "breaking news" photo is really from today?
    .hint = Photos can be old, or from somewhere else.
net-misinformation-quiz-photo-check-count-shares = Count the shares: if thousands of people shared it, someone would have noticed if it was fake.
    .feedback = Shares show that a photo is popular, not that it is true. Thousands of people can share it without checking.
net-misinformation-quiz-photo-check-trust-sender = Trust it: a relative sent it.
    .feedback = Your relative may not have checked either. Checking is something you can do for the whole family.
net-misinformation-quiz-photo-check-search-image = Search the image to see where and when it first appeared.
    .feedback = Yes. An image search can show that a photo is old, from another place, or edited.

net-misinformation-quiz-friend-sent = If a friend or relative I trust sent it, it must be true.
net-misinformation-quiz-friend-sent-true =
    .feedback = Not necessarily. People you trust can be fooled too, and they often forward without checking. It's up to you to check.
net-misinformation-quiz-friend-sent-false =
    .feedback = Correct. You can trust the person and still check the message: they may have been fooled.

net-misinformation-quiz-best-source = Rayan is in his final year at a lycée in Casablanca. A voice note in his class group says the bac exam has been postponed. Where should he check?
net-misinformation-quiz-best-source-cousin-voice = Another voice note, from someone who says his cousin works at the ministry
    .feedback = "My cousin works at the ministry" is easy to say and impossible to check. It's still a rumour.
net-misinformation-quiz-best-source-official = The ministry's website, or his lycée's official page
    .feedback = Yes. Real decisions are announced there, and a teacher can confirm them.
net-misinformation-quiz-best-source-screenshot = A screenshot of an "official letter" shared in a big group with hundreds of members
    .feedback = Screenshots are easy to fake or take out of context, however many people share them. Look for the original.

net-misinformation-quiz-stop-chain = Not forwarding a message you're unsure about is a way to help.
net-misinformation-quiz-stop-chain-true =
    .feedback = Yes. Each person who pauses breaks the chain. That's how rumours stop.
net-misinformation-quiz-stop-chain-false =
    .feedback = It really does help. Rumours spread only because people pass them on. When you pause, the chain breaks.

net-misinformation-quiz-aunt-rumour = Your aunt shares a rumour in the family group that you know is false. What is the best reply?
    .hint = Think about what would help her, not just about being right.
net-misinformation-quiz-aunt-rumour-mock = Reply "Fake!" in the group, so everyone knows straight away, even if she feels embarrassed.
    .feedback = It may stop the rumour, but it hurts your aunt in front of everyone. There's a kinder way that works better.
net-misinformation-quiz-aunt-rumour-private-kind = Message her privately and kindly, with a reliable source.
    .feedback = Yes. She can correct it herself, and nobody loses face.
net-misinformation-quiz-aunt-rumour-say-nothing = Say nothing: she's an elder.
    .feedback = Respect for elders matters, and it can go together with helping. A kind private word protects the whole family from a false rumour.
