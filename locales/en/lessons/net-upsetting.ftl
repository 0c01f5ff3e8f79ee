## Lesson: You have the right to be protected from upsetting content (ages 13-18)

net-upsetting = You have the right to be protected from upsetting content
    .summary = What to do when a violent video, a scary "challenge" or a shocking post reaches your screen, and how to see less of it.

net-upsetting-meet = Omar is 14. On a Friday evening, his uncle forwards a video to the big family WhatsApp group: a violent scene from the news, "so everyone knows what's happening". It starts playing by itself. Omar sees only a few seconds, but that night he can't get it out of his head.
    .alt = Omar covers his eyes in front of a phone showing the family group, where a video has started playing.

net-upsetting-what-now = What would you do if you were Omar?
net-upsetting-what-now-watch-end = Watch it to the end, to prove it doesn't bother him.
    .feedback = Nobody has to prove they are tough. Watching more often makes the images stick even harder. It's fine to look away.
net-upsetting-what-now-close-talk = Close it, and tell his mum or dad how it made him feel.
    .feedback = Good choice. Closing it stops more images coming in, and talking makes what he saw feel less heavy. A parent can also gently ask the family to be careful about what they forward.
net-upsetting-what-now-forward-class = Forward it to his class group so they know the news too.
    .feedback = Even with good intentions, forwarding passes the shock on to others, some of them younger. Telling the news in words is enough.

net-upsetting-challenge = The same week, Hala, 13, sees two things. In her feed: a video of teenagers doing a risky stunt on a high wall, daring viewers to copy them. In her class group: "Forward this to 10 people or a scary figure will visit you tonight!"
    .alt = Hala looks at her phone, which shows someone balancing on a high wall and a chain of forwarded messages.

net-upsetting-challenge-choice = What should Hala do?
net-upsetting-challenge-choice-try-it = Try the challenge and post it: it could get lots of views.
    .feedback = Some challenges end in serious injuries. No number of views is worth someone getting hurt.
net-upsetting-challenge-choice-forward-warning = Forward the scary message to everyone, just in case.
    .feedback = That's exactly how hoaxes spread: they are made to scare people into passing them on. Nothing will happen if she doesn't forward it.
net-upsetting-challenge-choice-stop-think = Stop and think: don't try it, don't forward it, report both, and talk to someone she trusts.
    .feedback = Yes: stop, think, decide, act. Reporting helps the app remove dangerous challenges and hoaxes, and talking to someone she trusts helps if the message scared her.

net-upsetting-your-right = You have the right to be protected from upsetting content: violent videos, cruel or hateful posts, scary chain messages. You don't have to watch: close it or scroll past. Talk about how you feel with someone you trust; feeling shaken is normal. Report it in the app, and don't forward it, not even to warn others.

net-upsetting-settings = Take back control of your screen, with a trusted adult if you like: turn off video autoplay; mute or leave a group that keeps sending shocking things; use the "not interested" and report buttons; and switch on filters for sensitive content if your apps offer them.

net-upsetting-recap = You don't have to watch what hurts you: close it. Talk about it with someone you trust. Report it, don't forward it. Don't try dangerous challenges, and don't believe "forward this or else" messages. Adjust your settings to see less of it.

## Quiz

net-upsetting-quiz-first-step = A shocking video starts playing in a group chat. What is a good first step?
    .hint = You don't owe anyone your attention.
net-upsetting-quiz-first-step-watch-again = Watch it to the end, so I understand what really happened and can explain it to others.
    .feedback = Watching more makes the images stick. You can learn the news from a reliable source, without the shocking pictures.
net-upsetting-quiz-first-step-close-it = Close it.
    .feedback = Yes. Closing it protects you from more images; then you can talk to someone you trust.
net-upsetting-quiz-first-step-forward-it = Forward it to my class group, so my friends are warned before it reaches them.
    .feedback = Forwarding passes the shock on, and it may reach younger children. It's better to report it and, if needed, warn people in words.

net-upsetting-quiz-dont-forward = Forwarding a violent video is a good way to warn people.
net-upsetting-quiz-dont-forward-true =
    .feedback = Not so. Forwarding spreads shocking images and hurts the people who see them, even with good intentions. Report it instead.
net-upsetting-quiz-dont-forward-false =
    .feedback = Correct. You warn people with words; the video is for reporting, not forwarding.

net-upsetting-quiz-who-to-tell = Who could you talk to after seeing something upsetting online? Choose all that apply.
net-upsetting-quiz-who-to-tell-stranger = A stranger in the comments who says they understand exactly how you feel
    .feedback = A stranger online may not be kind or safe, whatever they say. Choose someone you know and trust.
net-upsetting-quiz-who-to-tell-parent = Your mum or dad
    .feedback = Yes. Your parents can listen and help you change your settings.
net-upsetting-quiz-who-to-tell-younger-cousin = A younger cousin, so the adults in the family don't worry about you
    .feedback = A younger child may be frightened by what you describe, and can't help you much. Choose an older person you trust.
net-upsetting-quiz-who-to-tell-teacher = A teacher or the school counsellor
    .feedback = Yes. People at school are used to helping students in situations like this.

net-upsetting-quiz-hoax = "Forward this to 10 people or something bad will happen to you tonight." What is this most likely to be?
    .hint = Ask yourself who gains from you being scared.
net-upsetting-quiz-hoax-real-warning = A real warning that everyone needs to get
    .feedback = Real warnings come from known organisations, and they don't threaten you if you don't pass them on.
net-upsetting-quiz-hoax-hoax = A hoax, made to scare people so that they pass it on without thinking
    .feedback = Right. Nothing will happen if you don't send it. Delete it, and report it if you can.
net-upsetting-quiz-hoax-worried-friend = A message from someone who cares, so forward it just in case
    .feedback = Whoever sent it may mean well, but the message itself is made to scare. Forwarding "just in case" is exactly how hoaxes spread.

net-upsetting-quiz-settings = Which of these help you see less upsetting content? Choose all that apply.
net-upsetting-quiz-settings-autoplay-off = Turning off video autoplay
    .feedback = Yes. Then no shocking video starts in front of you before you choose.
net-upsetting-quiz-settings-like-comment = Liking or commenting "this is awful" on shocking posts, so the app knows you dislike them
    .feedback = Likes and comments count as interest: the app may show you more of the same. Use "not interested" or report instead.
net-upsetting-quiz-settings-mute-group = Muting or leaving a group that keeps sending shocking things
    .feedback = Yes. You get to choose what reaches your phone.
net-upsetting-quiz-settings-share-password = Giving a friend your password so they can check your feed for you
    .feedback = That doesn't protect you from content, and it puts your account at risk. Keep your password to yourself.
net-upsetting-quiz-settings-not-interested = Using the "not interested" and report buttons
    .feedback = Yes. It tells the app you don't want that kind of content.

net-upsetting-quiz-feelings = Feeling shaken after seeing a violent video is normal, and talking about it helps.
net-upsetting-quiz-feelings-true =
    .feedback = Correct. Many people feel this way. Talking to someone you trust makes it lighter to carry.
net-upsetting-quiz-feelings-false =
    .feedback = It is completely normal, and it doesn't mean you are weak. Talking to someone you trust helps.
