import { DataSource } from 'typeorm';
import { ClubMemberSession, signInClubMember } from '../../../../test/utils/club-member';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

const SAVE = `mutation($input: SaveClubNewsInput!) {
  saveClubNews(input: $input) { id kind points endsAt closed responseCount questions { id text textEn type required options { id text textEn } } }
}`;
const PARTICIPATE = `mutation($input: ParticipateInClubNewsInput!) {
  participateInClubNews(input: $input) { pointsAwarded balance news { id answered pointsEarned } }
}`;
const RESULTS = `query($id: ID!) {
  clubNewsResults(id: $id) {
    respondents news { id kind responseCount }
    questions { question { id text } answered options { option { id text } count } texts }
    entrants { contactId name text points }
  }
}`;
const MEMBER_NEWS = `{ clubNews { id kind points closed answered pointsEarned questions { id type required options { id text } } } }`;

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
const fieldsOf = (res: GqlResponse) => (res.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field);

const SURVEY = {
  kind: 'SURVEY', title: 'نظرسنجی خرید', body: 'نظر شما درباره‌ی خرید اخیر', published: true,
  questions: [
    { text: 'از خرید راضی بودید؟', textEn: 'Were you happy?', type: 'SINGLE_CHOICE', required: true, options: [{ text: 'بله', textEn: 'Yes' }, { text: 'خیر', textEn: 'No' }] },
    { text: 'چه چیزهایی را دوست داشتید؟', type: 'MULTIPLE_CHOICE', required: false, options: [{ text: 'قیمت' }, { text: 'ارسال' }, { text: 'بسته‌بندی' }] },
    { text: 'پیشنهاد شما', type: 'TEXT', required: false },
  ],
};

describe('club surveys and contests: staff write them as news items, members answer once and earn, staff read the results', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let owner: Owner;
  let ds: DataSource;
  let seq = 0;
  const staff = (query: string, variables: Record<string, unknown> = {}) => gql(app, query, variables, owner.token);
  const newPhone = () => `0936${String(process.pid % 1000).padStart(3, '0')}${String(++seq).padStart(4, '0')}`;
  const join = (slug = owner.slug, firstName = 'عضو'): Promise<ClubMemberSession> => signInClubMember(app, sms, { slug, phone: newPhone(), firstName });
  const questionsOf = async (m: ClubMemberSession, id: string) => ok(await gql(app, MEMBER_NEWS, {}, m.token)).clubNews.find((n: any) => n.id === id).questions;

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Survey shop');
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('saving refuses a survey without questions, a choice question without options, questions on a news item, an end date on news — naming the field, saving nothing', async () => {
    const before = ok(await staff(`{ clubNewsItems(first: 1) { totalCount } }`)).clubNewsItems.totalCount;
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, questions: [] } }))).toEqual(['input.questions']);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, questions: undefined } }))).toEqual(['input.questions']);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, questions: [{ text: 'کدام؟', type: 'SINGLE_CHOICE', options: [] }] } }))).toEqual(['input.questions.0.options']);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, questions: [{ text: 'کدام؟', type: 'SINGLE_CHOICE', options: [{ text: 'الف' }] }] } }))).toEqual(['input.questions.0.options']);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, questions: [SURVEY.questions[0], { text: ' ', type: 'TEXT', options: [{ text: 'x' }] }] } }))).toEqual([
      'input.questions.1.text', 'input.questions.1.options',
    ]);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, questions: [{ text: 'کدام؟', type: 'SINGLE_CHOICE', options: [{ text: 'الف' }, { text: ' الف ' }] }] } }))).toEqual([
      'input.questions.0.options.1.text',
    ]);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, kind: 'NEWS' } }))).toEqual(['input.questions']);
    expect(fieldsOf(await staff(SAVE, { input: { ...SURVEY, kind: 'CONTEST' } }))).toEqual(['input.questions']);
    expect(fieldsOf(await staff(SAVE, { input: { title: 'خبر', body: '', published: true, endsAt: new Date().toISOString() } }))).toEqual(['input.endsAt']);
    expect(errorCode(await staff(SAVE, { input: { ...SURVEY, kind: 'POLL' } }))).toBe('BAD_USER_INPUT');
    expect(ok(await staff(`{ clubNewsItems(first: 1) { totalCount } }`)).clubNewsItems.totalCount).toBe(before);

    const saved = ok(await staff(SAVE, { input: SURVEY })).saveClubNews;
    expect(saved).toMatchObject({ kind: 'SURVEY', points: 10, endsAt: null, closed: false, responseCount: 0 });
    expect(saved.questions.map((q: any) => [q.type, q.required, q.options.length])).toEqual([['SINGLE_CHOICE', true, 2], ['MULTIPLE_CHOICE', false, 3], ['TEXT', false, 0]]);
    expect(saved.questions[0].options[0]).toMatchObject({ text: 'بله', textEn: 'Yes' });
  });

  it('a member answers once: answers checked against the questions (nothing stored when refused), the points earned, the result and the timeline show it', async () => {
    const item = ok(await staff(SAVE, { input: SURVEY })).saveClubNews;
    const m = await join();
    const [q1, q2, q3] = await questionsOf(m, item.id);
    const [yes, no] = q1.options.map((o: any) => o.id);
    const [price, shipping] = q2.options.map((o: any) => o.id);
    const listed = ok(await gql(app, MEMBER_NEWS, {}, m.token)).clubNews.find((n: any) => n.id === item.id);
    expect(listed).toMatchObject({ kind: 'SURVEY', points: 10, closed: false, answered: false, pointsEarned: 0 });

    const refuse = async (answers: unknown[], text?: string) => fieldsOf(await gql(app, PARTICIPATE, { input: { newsId: item.id, answers, text } }, m.token));
    expect(await refuse([])).toEqual(['input.answers']);
    expect(await refuse([{ questionId: q2.id, optionIds: [price] }])).toEqual(['input.answers']);
    expect(await refuse([{ questionId: q1.id, optionIds: [yes, no] }])).toEqual(['input.answers.0.optionIds']);
    expect(await refuse([{ questionId: q1.id, optionIds: [price] }])).toEqual(['input.answers.0.optionIds']);
    expect(await refuse([{ questionId: q1.id, optionIds: [yes] }, { questionId: q3.id, text: 'x'.repeat(2001) }])).toEqual(['input.answers.1.text']);
    expect(await refuse([{ questionId: q1.id, optionIds: [yes] }, { questionId: 'nope', optionIds: [] }])).toEqual(['input.answers.1.questionId']);
    expect(await refuse([{ questionId: q1.id, optionIds: [yes] }, { questionId: q1.id, optionIds: [no] }])).toEqual(['input.answers.1.questionId']);
    expect(await refuse([{ questionId: q1.id, optionIds: [yes] }], 'متن')).toEqual(['input.text']);
    const [{ n: stored }] = await ds.query(`SELECT count(*)::int AS n FROM club_news_responses WHERE news_id = $1`, [item.id]);
    expect(stored).toBe(0);

    const answers = [{ questionId: q1.id, optionIds: [yes] }, { questionId: q2.id, optionIds: [shipping, price] }, { questionId: q3.id, text: '  ارسال سریع‌تر  ' }];
    const done = ok(await gql(app, PARTICIPATE, { input: { newsId: item.id, answers } }, m.token)).participateInClubNews;
    expect(done).toEqual({ pointsAwarded: 10, balance: 10, news: { id: item.id, answered: true, pointsEarned: 10 } });
    expect(ok(await gql(app, MEMBER_NEWS, {}, m.token)).clubNews.find((n: any) => n.id === item.id)).toMatchObject({ answered: true, pointsEarned: 10 });
    const again = await gql(app, PARTICIPATE, { input: { newsId: item.id, answers } }, m.token);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' });
    const history = ok(await gql(app, `{ myPointsHistory(first: 5) { edges { node { source delta reason } } } }`, {}, m.token)).myPointsHistory.edges.map((e: any) => e.node);
    expect(history).toEqual([{ source: 'SURVEY', delta: 10, reason: 'شرکت در نظرسنجی: نظرسنجی خرید' }]);
    const timeline = ok(await staff(`query($id: ID!) { contact(id: $id) { timeline(first: 30) { edges { node { summary data } } } } }`, { id: m.contactId }))
      .contact.timeline.edges.map((e: any) => e.node);
    expect(timeline).toContainEqual({ summary: 'Answered the club survey: نظرسنجی خرید', data: expect.objectContaining({ step: 'news_answered', kind: 'SURVEY', newsId: item.id, points: 10 }) });
    expect(timeline.filter((n: any) => n.data?.step === 'news_clicked')).toEqual([]);

    // Answers fix the questions' shape; their wording may still be corrected.
    const reworded = { ...SURVEY, id: item.id, questions: [q1, q2, q3].map((q: any, i) => ({ ...SURVEY.questions[i], id: q.id, options: q.options.map((o: any) => ({ id: o.id, text: `${o.text}!` })) })) };
    reworded.questions[0].text = 'راضی بودید؟';
    expect(ok(await staff(SAVE, { input: reworded })).saveClubNews.questions[0]).toMatchObject({ id: q1.id, text: 'راضی بودید؟', options: [{ id: yes, text: 'بله!' }, { id: no, text: 'خیر!' }] });
    expect(fieldsOf(await staff(SAVE, { input: { ...reworded, questions: reworded.questions.slice(0, 2) } }))).toEqual(['input.questions']);
    expect(fieldsOf(await staff(SAVE, { input: { ...reworded, kind: 'CONTEST', questions: [] } }))).toEqual(['input.kind']);
  });

  it('two concurrent answers of one member: exactly one is stored and earns, the other is CONFLICT ALREADY_ANSWERED', async () => {
    const item = ok(await staff(SAVE, { input: { ...SURVEY, questions: [SURVEY.questions[2]], points: 25 } })).saveClubNews;
    const m = await join();
    const [q] = await questionsOf(m, item.id);
    const results = await Promise.all([0, 1].map((i) => gql(app, PARTICIPATE, { input: { newsId: item.id, answers: [{ questionId: q.id, text: `پاسخ ${i}` }] } }, m.token)));
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data!.participateInClubNews).toMatchObject({ pointsAwarded: 25, balance: 25 });
    const lost = results.find((r) => r.errors)!;
    expect(lost.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' });
    const [{ n: responses }] = await ds.query(`SELECT count(*)::int AS n FROM club_news_responses WHERE news_id = $1 AND contact_id = $2`, [item.id, m.contactId]);
    const [{ n: earnings }] = await ds.query(`SELECT count(*)::int AS n FROM loyalty_entries WHERE contact_id = $1 AND source = 'SURVEY'`, [m.contactId]);
    expect([responses, earnings]).toEqual([1, 1]);
  });

  it('a contest: entering with an optional text answer, the daily cap of contests applies; staff see the entrants with their names', async () => {
    ok(await staff(`mutation($input: UpdateLoyaltySettingsInput!) { updateLoyaltySettings(input: $input) { contestPoints } }`, { input: { dailyCaps: [{ source: 'CONTEST', points: 15 }] } }));
    const first = ok(await staff(SAVE, { input: { kind: 'CONTEST', title: 'مسابقه‌ی عکس', body: 'عکس خود را بفرستید', published: true } })).saveClubNews;
    const second = ok(await staff(SAVE, { input: { kind: 'CONTEST', title: 'مسابقه‌ی شعر', body: '', published: true } })).saveClubNews;
    expect(first.points).toBe(10);
    const m = await join(owner.slug, 'مریم');
    expect(fieldsOf(await gql(app, PARTICIPATE, { input: { newsId: first.id, answers: [{ questionId: 'x', text: 'y' }] } }, m.token))).toEqual(['input.answers']);
    expect(fieldsOf(await gql(app, PARTICIPATE, { input: { newsId: first.id, text: 'x'.repeat(2001) } }, m.token))).toEqual(['input.text']);
    expect(ok(await gql(app, PARTICIPATE, { input: { newsId: first.id, text: ' پاسخ من ' } }, m.token)).participateInClubNews.pointsAwarded).toBe(10);
    expect(ok(await gql(app, PARTICIPATE, { input: { newsId: second.id } }, m.token)).participateInClubNews).toMatchObject({ pointsAwarded: 5, balance: 15 });
    const other = await join(owner.slug, 'علی');
    expect(ok(await gql(app, PARTICIPATE, { input: { newsId: first.id } }, other.token)).participateInClubNews.pointsAwarded).toBe(10);

    const results = ok(await staff(RESULTS, { id: first.id })).clubNewsResults;
    expect(results).toEqual({
      respondents: 2, news: { id: first.id, kind: 'CONTEST', responseCount: 2 }, questions: [],
      entrants: [{ contactId: m.contactId, name: 'مریم', text: 'پاسخ من', points: 10 }, { contactId: other.contactId, name: 'علی', text: null, points: 10 }],
    });
    const list = ok(await staff(`{ clubNewsItems(first: 50) { edges { node { id kind responseCount } } } }`)).clubNewsItems.edges.map((e: any) => e.node);
    expect(list).toContainEqual({ id: second.id, kind: 'CONTEST', responseCount: 1 });
    ok(await staff(`mutation($input: UpdateLoyaltySettingsInput!) { updateLoyaltySettings(input: $input) { contestPoints } }`, { input: { dailyCaps: [] } }));
  });

  it('staff results of a survey: members per option, the text answers, respondents; members may not read them', async () => {
    const item = ok(await staff(SAVE, { input: SURVEY })).saveClubNews;
    const [q1, q2, q3] = item.questions;
    const [yes, no] = q1.options.map((o: any) => o.id);
    const [price, shipping, box] = q2.options.map((o: any) => o.id);
    const a = await join();
    const b = await join();
    const c = await join();
    ok(await gql(app, PARTICIPATE, { input: { newsId: item.id, answers: [{ questionId: q1.id, optionIds: [yes] }, { questionId: q2.id, optionIds: [price, shipping] }, { questionId: q3.id, text: 'خوب بود' }] } }, a.token));
    ok(await gql(app, PARTICIPATE, { input: { newsId: item.id, answers: [{ questionId: q1.id, optionIds: [yes] }, { questionId: q2.id, optionIds: [price] }, { questionId: q3.id, text: ' ' }] } }, b.token));
    ok(await gql(app, PARTICIPATE, { input: { newsId: item.id, answers: [{ questionId: q1.id, optionIds: [no] }, { questionId: q3.id, text: 'گران بود' }] } }, c.token));

    const results = ok(await staff(RESULTS, { id: item.id })).clubNewsResults;
    expect(results.respondents).toBe(3);
    expect(results.questions).toEqual([
      { question: { id: q1.id, text: q1.text }, answered: 3, options: [{ option: { id: yes, text: 'بله' }, count: 2 }, { option: { id: no, text: 'خیر' }, count: 1 }], texts: [] },
      {
        question: { id: q2.id, text: q2.text }, answered: 2,
        options: [{ option: { id: price, text: 'قیمت' }, count: 2 }, { option: { id: shipping, text: 'ارسال' }, count: 1 }, { option: { id: box, text: 'بسته‌بندی' }, count: 0 }], texts: [],
      },
      { question: { id: q3.id, text: q3.text }, answered: 2, options: [], texts: ['خوب بود', 'گران بود'] },
    ]);
    expect(results.entrants.map((e: any) => e.contactId)).toEqual([a.contactId, b.contactId, c.contactId]);
    expect(errorCode(await gql(app, RESULTS, { id: item.id }, a.token))).toBe('FORBIDDEN');
    expect(errorCode(await staff(RESULTS, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('refused: a plain news item, a draft, an archived or closed item, and another workspace’s item; opening a survey as news is refused too', async () => {
    const m = await join();
    const news = ok(await staff(SAVE, { input: { title: 'خبر ساده', body: 'متن', published: true } })).saveClubNews;
    const draft = ok(await staff(SAVE, { input: { kind: 'CONTEST', title: 'پیش‌نویس', body: '', published: false } })).saveClubNews;
    const archived = ok(await staff(SAVE, { input: { kind: 'CONTEST', title: 'بایگانی', body: '', published: true } })).saveClubNews;
    ok(await staff(SAVE, { input: { id: archived.id, kind: 'CONTEST', title: 'بایگانی', body: '', published: true, archived: true } }));
    const closed = ok(await staff(SAVE, { input: { kind: 'CONTEST', title: 'تمام‌شده', body: '', published: true, endsAt: new Date(Date.now() - 60_000).toISOString() } })).saveClubNews;
    expect(closed.closed).toBe(true);
    const open = ok(await staff(SAVE, { input: { kind: 'CONTEST', title: 'باز', body: '', published: true, endsAt: new Date(Date.now() + 86_400_000).toISOString() } })).saveClubNews;
    expect(open.closed).toBe(false);

    const enter = (newsId: string, token = m.token) => gql(app, PARTICIPATE, { input: { newsId } }, token);
    expect(fieldsOf(await enter(news.id))).toEqual(['input.newsId']);
    expect(errorCode(await enter(draft.id))).toBe('NOT_FOUND');
    expect(errorCode(await enter(archived.id))).toBe('NOT_FOUND');
    expect((await enter(closed.id)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLOSED' });
    expect(fieldsOf(await enter('not-an-id'))).toEqual(['input.newsId']);
    expect(ok(await enter(open.id)).participateInClubNews.pointsAwarded).toBe(10);
    const listed = ok(await gql(app, MEMBER_NEWS, {}, m.token)).clubNews.map((n: any) => n.id);
    expect(listed).toEqual(expect.arrayContaining([closed.id, open.id]));
    expect(listed).not.toContain(draft.id);
    expect(fieldsOf(await gql(app, `mutation($id: ID!) { clickClubNews(id: $id) { pointsAwarded } }`, { id: open.id }, m.token))).toEqual(['id']);

    const otherOwner = await signUpOwner(app, 'Other shop');
    const foreign = ok(await gql(app, SAVE, { input: { kind: 'CONTEST', title: 'مسابقه‌ی دیگری', body: '', published: true } }, otherOwner.token)).saveClubNews;
    expect(errorCode(await enter(foreign.id))).toBe('NOT_FOUND');
    expect(errorCode(await staff(RESULTS, { id: foreign.id }))).toBe('NOT_FOUND');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM club_news_responses WHERE contact_id = $1`, [m.contactId]);
    expect(n).toBe(1);
  });
});
