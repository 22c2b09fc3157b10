/**
 * What marks a person's name in running text, and the form a name keeps in
 * each script. Lists are written in Simplified; their Traditional forms are
 * derived when a converter is built.
 */

/**
 * Surname characters whose ordinary conversion is wrong in a name: the name
 * form each script writes (范 is never 範 in a name, 钟 is 鍾, 于 stays 于).
 */
export const NAME_FORMS_HANT: Readonly<Record<string, string>> = Object.freeze({
  范: '范', 于: '于', 余: '余', 朴: '朴', 党: '党', 钟: '鍾', 姜: '姜', 谷: '谷', 沈: '沈', 游: '游',
  么: '么', 卜: '卜', 郁: '郁', 涂: '涂', 后: '后', 干: '干', 岳: '岳', 里: '里', 松: '松',
  周: '周', 曲: '曲', 胡: '胡', 蒙: '蒙', 秋: '秋', 仇: '仇', 占: '占', 咸: '咸', 采: '采', 筑: '筑',
  征: '征', 才: '才', 斗: '斗', 丑: '丑', 发: '發', 万: '萬', 叶: '葉', 云: '雲', 庄: '莊', 萧: '蕭',
});

/** The same for Traditional names written in Simplified: 於 and 乾 are surnames of their own. */
export const NAME_FORMS_HANS: Readonly<Record<string, string>> = Object.freeze({ 於: '於', 乾: '乾', 沈: '沈' });

/** Single-character surnames (Chinese, Vietnamese, Korean) that may open a name after a title. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范' +
  '金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂' +
  '章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶' +
  '解牟艾尤穆农卓吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩干' +
  '佘池查麻苑邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢谌奚皮粟冼蔺楼盘闻厉仝郜阚权帅屠朴么吕洪肖侯杭邰晁';

export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '万俟',
  '端木', '独孤', '南宫', '西门', '呼延', '轩辕', '申屠', '澹台', '太史', '闻人', '赫连', '濮阳', '钟离', '拓跋',
];

/** Titles and roles written before a name: 总理范明政, 外长谢尔盖·拉夫罗夫. */
export const LEADING_TITLES: readonly string[] = [
  '总理', '副总理', '主席', '副主席', '国家主席', '总统', '副总统', '外长', '外交部长', '部长', '副部长', '大使', '总书记',
  '书记', '秘书长', '议长', '副议长', '首相', '国王', '女王', '王储', '亲王', '王子', '公主', '总督', '总裁', '董事长',
  '总经理', '主任', '副主任', '委员', '省长', '市长', '州长', '县长', '局长', '司长', '厅长', '行长', '会长', '社长', '院长',
  '校长', '所长', '主编', '司令', '司令员', '将军', '上将', '中将', '少将', '元帅', '教授', '副教授', '博士', '院士', '作家',
  '诗人', '导演', '演员', '歌手', '球员', '教练', '记者', '发言人', '代表', '领导人', '夫人', '参谋长', '防长', '国防部长',
  '财长', '主持人', '画家', '学者', '法官', '检察长', '团长', '队长', '政委', '主教', '牧师', '法师', '老师', '总领事', '领事',
  '参赞', '特使', '首脑', '总长', '外相', '总干事', '理事长', '警长', '军长', '师长', '旅长', '艺术家', '作曲家', '企业家',
  '科学家', '物理学家', '数学家', '史学家', '历史学家', '哲学家', '经济学家', '书法家', '运动员', '高管', '作者', '尚书',
  '丞相', '宰相', '皇帝', '大臣', '总编辑', '制片人', '歌唱家', '钢琴家', '评论家', '主播',
];

/** Titles and forms of address written after a name: 潘廷镯同志. */
export const TRAILING_TITLES: readonly string[] = ['同志', '先生', '女士', '夫人', '教授', '博士', '老师', '阁下'];

/** Words that contain a title but are not one (主席台 is a rostrum, 代表团 a delegation). */
export const NOT_TITLES: readonly string[] = [
  '主席台', '主席团', '总统府', '总统制', '总理府', '大使馆', '部长级', '委员会', '代表团', '代表处', '代表性', '代表作',
  '书记处', '院长办', '记者会', '国王杯', '将军澳', '公主岭', '王子饭店',
];

/** Characters a given name does not contain: they start the words that follow names. */
export const NAME_STOP =
  '的之在与和及同向对于为是将已曾也都就又并而把被让给等率出访会表说称指时一、先女夫今昨日发致0123456789';

/**
 * Verbs written right after a person's name that take no object of 同 or 和
 * before them: 同 and 和 right before one are part of the name, not "with" or
 * "and" (副总理陈铎同举行会谈, 阮德和表示; 梁强同普京举行会谈 is "with").
 * Only verbs that do not open a noun phrase (陪同人员, 主持人, 出席会议的代表).
 */
export const VERBS_AFTER_NAMES: readonly string[] = [
  '表示', '强调', '指出', '认为', '说', '称', '宣布', '重申', '呼吁', '回答', '透露', '补充', '坦言', '举行', '会见',
  '会晤', '接见', '签署', '致辞', '发表',
];

/**
 * Words written right after a person's name: these verbs, and others that
 * may open a noun phrase elsewhere, adverbs and time words. A name read after
 * a title ends where one of them starts (国家主席梁强|强调, 梁强|后来表示, not
 * 梁强强, 梁强后), and a name followed by one ends there.
 */
export const WORDS_AFTER_NAMES: readonly string[] = [
  ...VERBS_AFTER_NAMES,
  '谈到', '告诉', '抵达', '视察', '考察', '介绍', '提出', '希望', '祝贺', '感谢', '欢迎', '主持', '参加', '访问', '陪同',
  '出席', '讲话', '发言', '率领', '率团', '赴', '当选', '当天', '当日', '随后', '后来', '此前', '再次', '还', '则', '亲自',
  '本人', '一行', '高度评价', '高度赞赏', '分别', '达成',
];

/** Characters that join two names (梁强同普京) unless a verb follows them (see VERBS_AFTER_NAMES). */
export const NAME_JOINERS = '同和';

/** The longest transliterated name without a `·` read after a title (纳扎尔巴耶夫). */
export const TRANSLIT_NAME_MAX = 6;

/** After a title, 于 is a preposition when a date, a time or a place follows: 外长于3月访问. */
export const YU_NOT_NAME = '0123456789０１２３４５６７８９一二三四五六七八九十〇零今明昨本上下近当该此其这那每去翌早晚午凌次首同前后日月年周会期间中内外北南东西全各';

/**
 * Characters of transliterated names (谢尔盖·拉夫罗夫), for finding where a
 * `·`-joined name starts and ends, and for telling the 里 of a name (马里,
 * 春武里: 武里 is Thai -buri) from 里 "inside" (see context.ts).
 */
export const TRANSLIT =
  '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕别宾波伯勃博布查察柴彻川茨达戴丹道德登迪蒂丁东杜多厄恩尔法范菲费芬丰佛夫弗福富盖' +
  '甘冈戈哥格根古圭果哈汉豪赫黑亨洪胡华怀惠霍基吉加贾杰金津居喀卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里理力利' +
  '莉丽连列林琳留刘柳隆卢鲁路伦罗洛马玛迈麦曼芒毛梅门蒙孟米密缅莫默姆穆纳娜乃奈南内尼涅宁纽努诺欧帕潘庞佩彭皮平坡珀普齐' +
  '奇契乔切琴丘萨塞赛桑瑟森沙尚舍圣施什史舒斯丝松苏索塔泰坦汤唐特提图托瓦旺威韦维卫温文翁沃乌伍西希锡夏肖谢辛欣休修许雅' +
  '亚扬杨耶叶伊因尤约扎詹珍朱兹左略陀京罕哲热若茹瑞翰娃娅琪琼妮芙黛莎蓬立武';

/** Separators of the parts of a transliterated name. */
export const NAME_DOTS = '·・‧•';

/** Given names are at most two characters, three after the 氏 of a Vietnamese woman’s name (黎氏碧珍). */
export const LONG_NAME_MARKS = '氏';
