## Lesson: You have the right to privacy (ages 13-18)

net-privacy = You have the right to privacy
    .summary = Decide who sees where you are, what apps can reach on your phone, and treat other people's photos and messages with the same care.

net-privacy-meet = Yousef is 16. Months ago he switched on live location in a social app so his friends could find him at the football pitch. One evening, an account he added from an online game comments: "Training at the youth centre again tonight?" Yousef never told him that.
    .alt = Yousef looks surprised at a map on his phone, where his pin is linked by dotted lines to many small profile pictures.

net-privacy-location = What should Yousef do?
net-privacy-location-keep-on = Leave it on: it's handy for meeting friends.
    .feedback = It is handy, but right now people he barely knows can follow his routine. Meeting friends works just as well with a message.
net-privacy-location-family-only = Turn off live location for everyone, and share it only with family when it's needed.
    .feedback = Good thinking. Yousef decides who knows where he is. His family can still find him, and strangers can't map his week.
net-privacy-location-block-only = Block that account and leave the setting as it is.
    .feedback = Blocking him is a good start, but everyone else on his list can still see where he is. The setting is what needs to change.

net-privacy-filter-app = Salma is 15. She downloads a free photo-filter app. Before she can try a single filter, it asks to reach her contacts, her microphone, her exact location and all her photos.
    .alt = A phone screen with four permission requests: a contacts card, a microphone, a map pin and a photo gallery.

net-privacy-permissions = What would you do if you were Salma?
net-privacy-permissions-allow-all = Tap "Allow" on everything to start quickly.
    .feedback = A filter app doesn't need her friends' numbers or where she is. Each "Allow" hands over information about her, and about her contacts too.
net-privacy-permissions-only-needed = Allow only what a filter needs, like the photos she picks, and refuse the rest.
    .feedback = Well done. An app should get only what it needs to work. If it refuses to work without too much access, she can find another one, with an adult if she isn't sure.
net-privacy-permissions-change-later = Allow everything now, and change it later.
    .feedback = "Later" often never comes, and in the meantime the app can already reach her contacts and her location. It's easier to choose well from the start.

net-privacy-eid-photo = At an Eid gathering, Mariam takes a funny photo of her grandmother, her aunts and her cousins in their home clothes. She wants to post it on her public account. What should she do?
net-privacy-eid-photo-post-now = Post it: everyone looks happy.
    .feedback = They look happy with the family, but they may not want strangers to see them, especially in home clothes. Their privacy is their right too.
net-privacy-eid-photo-ask-first = Ask each person first, and post it only if they all agree.
    .feedback = That's respect. Some relatives prefer photos to stay in the family; others will be glad to see it. The family group may be the right place for it.
net-privacy-eid-photo-tag-all = Post it and tag everyone so they can see it.
    .feedback = Tagging puts the photo in front of even more people, without anyone having agreed.

net-privacy-your-right = You have the right to privacy: you decide who sees your information, your location and your photos. Make your accounts private, choose who can message you, keep live location off except for family when needed, and give apps only the permissions they really need. Anything you send can be saved with a screenshot, even "disappearing" messages. And other people have the same right: ask before you post or forward photos, screenshots or messages about friends and family.

net-privacy-recap = Private accounts, live location only for family, and only the permissions an app really needs. Anything you send can be saved by someone else. Ask before you post people, and respect a "no". Your privacy is a right, and so is theirs.

## Quiz

net-privacy-quiz-live-location = Who should be able to see your live location?
net-privacy-quiz-live-location-all-followers = Everyone who follows you, since they chose your account and see your posts anyway
    .feedback = Followers can include people you barely know. Your live location shows them your daily routine.
net-privacy-quiz-live-location-family-chosen = Only family members you choose, when it's needed
    .feedback = Yes. Family can find you when it matters, and nobody else can follow where you go.
net-privacy-quiz-live-location-game-friends = Your friends from online games
    .feedback = People from games are not always who they say they are. Keep your location for people you know in real life.

net-privacy-quiz-calculator = A simple calculator app asks for your contacts and your microphone. What do you do?
    .hint = Ask yourself: does a calculator need this to work?
net-privacy-quiz-calculator-allow = Allow them: apps always ask for a lot, and it probably needs them to work properly.
    .feedback = Many do ask, but you don't have to say yes. A calculator has no reason to reach your contacts or hear you.
net-privacy-quiz-calculator-allow-uninstall = Allow them, and uninstall it later.
    .feedback = Until you uninstall it, the app can already reach your contacts. It's better to refuse from the start.
net-privacy-quiz-calculator-refuse = Refuse, and find another app if it insists.
    .feedback = Right. An app should get only what it needs to work.

net-privacy-quiz-disappearing = A "disappearing" message can never be saved by the person who receives it.
net-privacy-quiz-disappearing-true =
    .feedback = Not so. Anyone can take a screenshot, or a photo of the screen with another phone. Only send what you would be fine with being kept.
net-privacy-quiz-disappearing-false =
    .feedback = Correct. A screenshot or a photo of the screen can keep any message. Think before you send.

net-privacy-quiz-family-photo = Before posting a photo from a family gathering, what should you do? Choose all that apply.
net-privacy-quiz-family-photo-close-friends = Post it on a "close friends" story, so you don't need to ask anyone
    .feedback = A smaller audience doesn't make it private: anyone on the list can screenshot it. Each person still decides about their own image.
net-privacy-quiz-family-photo-ask-everyone = Ask everyone in the photo, and respect it if someone says no
    .feedback = Yes. Each person decides about their own image, and a "no" is their right.
net-privacy-quiz-family-photo-post-then-delete = Post it, and delete it only if someone complains
    .feedback = By then, others may already have saved it. Asking comes before posting.
net-privacy-quiz-family-photo-check-background = Check that nothing in it shows your address or other private details
    .feedback = Yes. A street sign or a door number can tell strangers where the family lives.

net-privacy-quiz-protect = Which of these protect your privacy? Choose all that apply.
    .hint = Think about who can see you, and who can reach you.
net-privacy-quiz-protect-private-account = Making your account private
    .feedback = Yes. You choose who sees your posts.
net-privacy-quiz-protect-accept-all = Accepting every friend request to get more followers
    .feedback = More followers means more strangers who can see your life. Accept people you actually know.
net-privacy-quiz-protect-location-off = Turning off live location, or sharing it only with family members you choose
    .feedback = Yes. Then strangers can't see where you are or work out your routine.
net-privacy-quiz-protect-public-birthday = Showing your full birthday and your school on your profile
    .feedback = Together, these details help a stranger find you or pretend to know you. Keep them off your profile.
net-privacy-quiz-protect-who-messages = Choosing who can message you
    .feedback = Yes. It keeps unwanted messages from strangers out.

net-privacy-quiz-right = Teenagers have a right to privacy too, and it is written in the UN Convention on the Rights of the Child.
net-privacy-quiz-right-true =
    .feedback = Yes. Article 16 says that no child's privacy, family, home or messages should be interfered with unfairly.
net-privacy-quiz-right-false =
    .feedback = It is a real right. Article 16 of the Convention protects every child's privacy, family, home and messages.
