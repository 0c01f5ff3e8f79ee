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

net-footprint-quiz-what-counts = Which of these are part of your digital footprint? Choose all that apply.
net-footprint-quiz-what-counts-your-posts = Your posts
    .feedback = Yes. Everything you post adds to your trail.
net-footprint-quiz-what-counts-comments-likes = Your comments and likes
    .feedback = Yes. Even a quick like or comment can be seen by others and linked to your name.
net-footprint-quiz-what-counts-tagged-photos = Photos other people post and tag you in
    .feedback = Yes. What others post about you is part of your footprint too.
net-footprint-quiz-what-counts-paper-diary = A note in a paper diary at home
    .feedback = A paper diary isn't online, so it isn't part of your digital footprint.

net-footprint-quiz-delete-gone = Once you delete a post, nobody can ever see it again.
net-footprint-quiz-delete-gone-true =
    .feedback = Not always. Someone may already have saved it, taken a screenshot or shared it. That's why it's worth thinking before posting.
net-footprint-quiz-delete-gone-false =
    .feedback = Correct. Copies and screenshots can stay after you delete. Deleting still helps, but thinking first helps more.

net-footprint-quiz-search-yourself = Why is it a good idea to search your own name now and then?
    .hint = Think about who else might search for you.
net-footprint-quiz-search-yourself-see-fix = To see what others can find, and fix what you can
    .feedback = Yes. You can remove old posts, ask others to take things down, and check your settings.
net-footprint-quiz-search-yourself-followers = To get more followers
    .feedback = Searching yourself isn't about followers. It's about knowing what people can find about you.
net-footprint-quiz-search-yourself-only-famous = It isn't: only famous people have a footprint
    .feedback = Everyone who goes online has a footprint, even people who rarely post, because others can post about them.

net-footprint-quiz-angry = You're furious with a friend. What is the best move?
    .hint = Feelings pass; posts stay.
net-footprint-quiz-angry-post-story = Post a story about it so they get the message.
    .feedback = A public post turns a quarrel into a show, and it can stay online long after you've made up.
net-footprint-quiz-angry-vague-post = Post something vague that everyone will understand anyway.
    .feedback = Everyone guesses who it's about, so it hurts just as much, and it still stays on your profile.
net-footprint-quiz-angry-talk-privately = Wait until you're calm, then talk to them privately.
    .feedback = Yes. That's how quarrels get solved, and nothing is left online to regret.

net-footprint-quiz-positive = Which of these build a positive footprint? Choose all that apply.
net-footprint-quiz-positive-project = Sharing your science project or your art
    .feedback = Yes. It shows your skills and what you care about.
net-footprint-quiz-positive-kind-comment = A kind comment on a friend's achievement
    .feedback = Yes. Kindness online says a lot about you.
net-footprint-quiz-positive-cousin-video = Posting a cousin's embarrassing video without asking
    .feedback = It hurts your cousin's footprint, and it doesn't look good on yours either. Always ask first.
net-footprint-quiz-positive-volunteering = Photos of a volunteering day, shared with everyone's permission
    .feedback = Yes. It shows what you do for others, and respects the people in the photos.

net-footprint-quiz-close-friends = Posting to a "close friends" list guarantees that a post stays private.
net-footprint-quiz-close-friends-true =
    .feedback = Not so. Anyone on the list can take a screenshot and share it. Post only what you'd be fine with everyone seeing.
net-footprint-quiz-close-friends-false =
    .feedback = Correct. A smaller audience helps, but a screenshot can send it anywhere.
