## Lesson for parents and educators: Reporting and getting support

edu-reporting = Reporting and getting support
    .summary = Know which doors to knock on when a child is harmed online, and how to look after the child afterwards.

edu-reporting-meet = Hamza is fourteen. In an online game, one player has been insulting him for weeks. Now an account nobody knows has joined the class WhatsApp group and posts mocking pictures of him. Hamza told his father, who listened calmly and saved screenshots with him. Now they want it to stop.
    .alt = A father and his teenage son sit side by side at the kitchen table looking at a phone together; a notebook and a glass of tea are on the table.

edu-reporting-doors = There is rarely one single answer. Think of several doors you can open, with the child at your side: the app itself (report and block); the school, when classmates are involved; a child helpline, for a listening ear and advice; and the police, when a crime may be involved. Always save the evidence first. And involve the child in every decision: being harmed takes away a sense of control, and good support gives it back.

edu-reporting-in-app = Hamza and his father have their screenshots. What should they do next in the apps?
edu-reporting-in-app-report-block = Report the fake account and its posts, block the player in the game, and ask the group admin to remove the account.
    .feedback = Yes. Reporting asks the platform to remove the content and can stop the account from targeting others; blocking stops the contact with Hamza. Most apps offer both, usually from the profile or the message menu.
edu-reporting-in-app-reply-back = Post a reply in the group exposing who they think is behind it.
    .feedback = Guessing in public can hurt an innocent classmate and keeps the conflict going. Let the platform and the school deal with it.
edu-reporting-in-app-leave = Just leave the group and say nothing.
    .feedback = Leaving can give Hamza some peace, but the posts stay up for everyone else to see. Report them as well.

edu-reporting-school = When classmates are involved, tell the school, even if everything happened at the weekend on private phones: the harm follows the child into class. Ask to meet the class teacher or the school counsellor, bring the evidence you saved, and ask what the school's procedure is for bullying and for child protection. Agree who will do what, and by when, and how the child will be kept safe in the meantime. Keep a short note of each meeting. Teachers: take every report seriously, even one that looks small, and follow your school's procedure rather than handling it alone.

edu-reporting-get-help = Children do not always want to talk to a parent or a teacher. A child helpline offers a listening ear and advice. Open the "Get help" screen in { -app-name } with your child, choose your country and look at the helpline together, so they know it exists before they ever need it. { -app-name } shows a helpline only when its number has been checked against a source, and says honestly when it has no checked number for your country; in that case the school counsellor or another trusted adult is the way in. Do not rely on numbers passed around in messages or found in a quick search: they may be out of date or false. If a child is in immediate danger, contact your local emergency services.

edu-reporting-crime = A few days later, a stranger Hamza chatted with in the game writes that he has a private photo of Hamza and will send it to the whole class unless Hamza pays him. Hamza is terrified. What should his father do?
edu-reporting-crime-pay = Pay quietly, so that it ends.
    .feedback = Paying rarely ends it: a blackmailer who gets money often asks for more. Do not pay, and do not send anything else.
edu-reporting-crime-confront = Write to the stranger himself and threaten him.
    .feedback = A confrontation can push him to act faster, and he may delete his account and the evidence. Leave this to the police.
edu-reporting-crime-police = Reassure Hamza, stop all contact without deleting the chat, keep the details, and report to the platform and the police.
    .feedback = Yes. Blackmail, threats of violence, and any sexual request or image involving a child are matters for the police. Tell Hamza clearly that the blackmailer is the one who did wrong, not him.

edu-reporting-afterwards = A month later, the account is gone and the school has spoken with the students involved. Hamza's father still checks in gently, on walks and over dinner, not only when something goes wrong. Hamza is back at football with his cousins. His father praised his courage and has never used what happened against him. When Hamza seemed low again one week, they went to see the school counsellor together.
    .alt = At sunset, a father and his son walk side by side along a path; the son carries a football and both are smiling.

edu-reporting-recap = Save the evidence first. Then report and block in the app, tell the school when classmates are involved, show your child the helplines on the "Get help" screen, and go to the police for blackmail, threats or anything sexual involving a child. Never pay a blackmailer. Involve the child in every decision, and keep checking in for weeks afterwards: recovery takes time.

## Quiz

edu-reporting-quiz-before-block = Before you block an account that has been sending hurtful messages, what should you do?
edu-reporting-quiz-before-block-warn = Reply once from the child's account, warning that you will go to the police if it goes on
    .feedback = A reply gives them the reaction they want and can make things worse. Save, block and report instead.
edu-reporting-quiz-before-block-delete = Delete the whole chat so your child doesn't have to see those words again
    .feedback = Wanting to protect your child is natural, but deleting destroys the evidence the platform, the school or the police may need.
edu-reporting-quiz-before-block-save = Save screenshots showing the username, date and time
    .feedback = Yes. After blocking, some messages or profiles can become harder to see. Save first, then block and report.

edu-reporting-quiz-find-helpline = Where should you look for a child helpline for your country?
    .hint = Think about which source you can check.
edu-reporting-quiz-find-helpline-get-help = The "Get help" screen in { -app-name }, whose numbers are checked against a source
    .feedback = Yes. Its numbers are checked against a source, and the app tells you honestly when it has no checked number for your country.
edu-reporting-quiz-find-helpline-forwarded = A number forwarded in the parents' WhatsApp group, since several parents have already shared it
    .feedback = Being shared many times does not make a number right. Forwarded numbers are often out of date or wrong, and a child in distress needs a line that works.
edu-reporting-quiz-find-helpline-search = The first number a web search shows when you type "child helpline" and your country
    .feedback = Search results can be out of date or even fake. Use a source you can check.

edu-reporting-quiz-police-when = Which of these situations should be reported to the police? Choose all that apply.
edu-reporting-quiz-police-when-class-joke = A classmate posts an unkind joke about the child in the class WhatsApp group
    .feedback = This hurts and deserves action: save it, report it in the app and tell the school. On its own, it is not a matter for the police.
edu-reporting-quiz-police-when-blackmail = Someone demands money or more photos, threatening to share a picture of the child
    .feedback = Yes. This is blackmail. Do not pay, keep the details and report it.
edu-reporting-quiz-police-when-game-insults = A player the child doesn't know insults him in a game's chat for a whole evening
    .feedback = Save it, then block and report the player in the game. The police are for blackmail, threats of violence or anything sexual involving a child.
edu-reporting-quiz-police-when-sexual-request = An adult asks a child for sexual pictures or sexual talk
    .feedback = Yes. Any sexual request to a child should be reported to the platform and the police.
edu-reporting-quiz-police-when-unfriend = A classmate removes the child from a game's friends list and tells others to do the same
    .feedback = Being left out hurts, and it deserves a kind conversation at home and perhaps the school's help, but it is not a crime.

edu-reporting-quiz-weekend = The school can help with online bullying between classmates, even when it happened at the weekend on private phones.
    .hint = Think about where the child will be when school starts again.
edu-reporting-quiz-weekend-true =
    .feedback = Right. The harm follows the child into class. When classmates are involved, tell the school and ask what its procedure is.
edu-reporting-quiz-weekend-false =
    .feedback = In fact this is true. The harm follows the child into class, wherever and whenever the bullying happened. Tell the school and ask what its procedure is.

edu-reporting-quiz-closed = Once the account is blocked and the posts are removed, it is best never to mention it again.
edu-reporting-quiz-closed-true =
    .feedback = That is not true. Children can feel the effects for weeks. Gentle check-ins, without pressure, help them recover and show that you are still there.
edu-reporting-quiz-closed-false =
    .feedback = Correct. Keep checking in gently, watch for signs of distress, and ask the school counsellor for help if the child stays low.
