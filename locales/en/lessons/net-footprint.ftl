## Lesson: Your digital footprint (ages 13-18)

net-footprint = Your digital footprint
    .summary = What you post, like and share leaves a trail that can last for years: learn to check it, tidy it and make it something you're proud of.

net-footprint-meet = Adam is 17 and is applying for a summer volunteering programme. His teacher suggests: "Search your own name first. Organisers sometimes do." Adam finds his science-fair robot project, a mean comment he wrote about a football player when he was 13, and a silly video of him that his cousin posted.
    .alt = Adam sits at a laptop showing search results: a robot project, an old comment and a video.

net-footprint-what-is = Your digital footprint is the trail you leave online: posts, comments, likes, photos and videos, and also what other people post about you. It can be copied, and it can last for years, even after you delete it. Some schools, universities and employers look people up online, and so do new friends.

net-footprint-clean-up = What should Adam do?
net-footprint-clean-up-delete-everything = Delete all his accounts tonight.
    .feedback = That would also erase the good things, like his robot project, and any copies other people made would still be there. Tidying up carefully works better.
net-footprint-clean-up-tidy-up = Delete the old comment, kindly ask his cousin to take the video down, check his privacy settings, and keep the project visible.
    .feedback = Exactly. He removes what he can, asks politely for the rest, and lets his good work show. It's his footprint, and he can shape it.
net-footprint-clean-up-ignore = Do nothing: nobody will look.
    .feedback = He can't know who will look, and that old comment doesn't show who he is today. A few minutes of tidying up are worth it.

net-footprint-angry-post = Rania is 14. Her handball team has just lost after a referee's decision she thinks was unfair. Still angry, she types a harsh post about the referee, with his name. Her thumb is over "Post".
    .alt = Rania, frowning, holds her phone; on the screen, a long red message and a big post button.

net-footprint-before-post = What should Rania do?
net-footprint-before-post-post-now = Post it: she's only saying what everyone thinks.
    .feedback = Words written in anger can hurt a real person, and they stay attached to her name long after the match is forgotten.
net-footprint-before-post-wait = Wait until she's calm, and talk it over with a friend or her coach first.
    .feedback = Yes. Feelings pass; posts stay. A good test: would she be happy for her grandmother, her teacher or a future employer to read it?
net-footprint-before-post-close-friends = Post it only to her "close friends" list.
    .feedback = A smaller audience still isn't private: one screenshot is enough to send it anywhere.

net-footprint-positive = You can build a footprint you're proud of: share your projects, your art, your volunteering, and kind comments on other people's successes. Search your name now and then, and fix what you can. Before you post, ask yourself: would I be fine with my family, my teacher or a future employer seeing this?

net-footprint-recap = Everything you post, like and share adds to your footprint, and so does what others post about you. Deleting doesn't always erase. Search yourself, tidy up, and ask before posting others. Wait when you're angry. Fill your footprint with things you're proud of.

## Quiz

net-footprint-quiz-footprint-facts = Which of these are true about your digital footprint? Choose all that apply.
net-footprint-quiz-footprint-facts-own-posts-only = It only includes what you post yourself, so a video a friend posts of you doesn't count
    .feedback = No. What other people post and tag you in is part of your footprint too.
net-footprint-quiz-footprint-facts-fades = It fades after a few years, so what you posted at 13 won't matter at 17
    .feedback = No. Posts and comments can stay findable for years, like the comment Adam wrote when he was 13.
net-footprint-quiz-footprint-facts-likes-count = Your likes and comments are part of it, not only your posts
    .feedback = Yes. Even a quick like or comment can be seen by others and linked to your name.
net-footprint-quiz-footprint-facts-private-safe = With a private account, nothing you post can ever reach people outside your followers
    .feedback = No. Any follower can take a screenshot and share it. A private account helps, but it isn't a guarantee.

net-footprint-quiz-delete-gone = Once you delete a post, nobody can ever see it again.
net-footprint-quiz-delete-gone-true =
    .feedback = That's not true. Someone may already have saved it, taken a screenshot or shared it. That's why it's worth thinking before posting.
net-footprint-quiz-delete-gone-false =
    .feedback = Correct. Copies and screenshots can stay after you delete. Deleting still helps, but thinking first helps more.

net-footprint-quiz-search-yourself = Why is it a good idea to search your own name now and then?
    .hint = Think about who else might search for you.
net-footprint-quiz-search-yourself-only-famous = It isn't: only famous people, or people who post a lot, have a footprint worth checking.
    .feedback = Everyone who goes online has a footprint, even people who rarely post, because others can post about them.
net-footprint-quiz-search-yourself-followers = To get more followers
    .feedback = Searching yourself isn't about followers. It's about knowing what people can find about you.
net-footprint-quiz-search-yourself-see-fix = To see what others can find, and fix what you can
    .feedback = Yes. You can remove old posts, ask others to take things down, and check your settings.

net-footprint-quiz-angry = Walid is furious with his friend Amine after an argument at school. What is the best move for Walid?
    .hint = Feelings pass; posts stay.
net-footprint-quiz-angry-vague-post = Post a story that doesn't name Amine
    .feedback = Everyone guesses who it's about, so it hurts just as much, and it stays on Walid's profile.
net-footprint-quiz-angry-talk-privately = Wait until he's calm, then talk to Amine face to face or in a private message
    .feedback = Yes. That's how quarrels get solved, and nothing is left online to regret.
net-footprint-quiz-angry-close-friends = Post about it for his close friends only
    .feedback = A smaller audience still isn't private: one screenshot is enough to send it anywhere, and Amine will probably hear about it.

net-footprint-quiz-positive = Which of these build a positive footprint? Choose all that apply.
net-footprint-quiz-positive-project = Sharing your science project or your art
    .feedback = Yes. It shows your skills and what you care about.
net-footprint-quiz-positive-referee-post = A harsh post naming a referee after a loss, since everyone thinks the same
    .feedback = Words written in anger hurt a real person, and they stay attached to your name long after the match is forgotten.
net-footprint-quiz-positive-kind-comment = A kind comment on a friend's achievement
    .feedback = Yes. Kindness online says a lot about you.
net-footprint-quiz-positive-cousin-video = Posting a cousin's embarrassing video without asking
    .feedback = It hurts your cousin's footprint, and it doesn't look good on yours either. Always ask first.
net-footprint-quiz-positive-volunteering = Photos of a volunteering day, shared with everyone's permission
    .feedback = Yes. It shows what you do for others, and respects the people in the photos.

net-footprint-quiz-close-friends = Someone on your "close friends" list can still screenshot your story and share it with anyone.
net-footprint-quiz-close-friends-true =
    .feedback = Yes. A smaller audience helps, but one screenshot can send it anywhere. Post only what you'd be fine with everyone seeing.
net-footprint-quiz-close-friends-false =
    .feedback = It's true. Anyone on the list can take a screenshot and share it. A smaller audience helps, but it isn't a guarantee.
