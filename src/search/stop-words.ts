// Words that carry no meaning in a question ("how do I …", "……吗？"). Dropped at index and
// query time alike, so a pasted sentence is matched on the words that matter. "kind" is the frame
// of "what kind of bugs", "between" of "difference between A and B", "something" (and
// "anything") of "it broke something"; "own" is not dropped: "own servers" means on-premises,
// "servers" alone does not.

export const englishStopWords = new Set(
  (
    'a about after all also am an and any anything are arent as at be been before being between but by can cannot cant ' +
    'could did didnt do does doesnt doing dont find for from get gets getting got had has have having how ' +
    'i if im in into is isnt it its just kind kinds many me much my no not of on once only or our out ' +
    'please should so some something such than that the their them then there these they this those through to too ' +
    'under until up us use uses using very was wasnt we were werent what whats when where which while who ' +
    'whom why will with wont would you your'
  ).split(' '),
);

/** Single characters too common in Chinese questions to say anything on their own. */
export const chineseStopCharacters = new Set([...'的了吗呢吧啊呀么是在和与或及我你您它他她这那有会能要把被对就都也还而并且等']);

/** Question words longer than two characters; they split a Han run whole, before the two-character ones could cut them (为什|么要用 would leave 么要). */
export const chineseQuestionPhrases = ['什么时候', '可不可以', '为什么', '怎么样', '有没有', '是不是', '能不能', '会不会', '要不要'];

/** Two-character question words: 什么、如何、是否 … */
export const chineseStopBigrams = new Set([
  '什么', '怎么', '怎样', '如何', '是否', '可以', '哪些', '为什', '么时', '时候', '我们', '我的', '这个', '那个',
  '一个', '有没', '没有', '能否', '请问', '需要', '应该', '么办', '是不', '不是', '哪里', '哪儿', '哪种', '为啥', '在哪', '从哪', '去哪',
]);

/**
 * Generic head nouns, as the analysis leaves them: in "security features" and 安全功能 the reader
 * asks about security, and the entry that says "features" is not the better answer for it. They
 * are searched for, but weigh less (RANKING.generic).
 */
export const genericWords = new Set([
  'featur', 'option', 'way', 'thing', 'inform', 'detail',
  '功能', '方面', '问题', '信息', '情况', '方法', '东西',
]);
