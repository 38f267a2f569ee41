import ExcelJS from 'exceljs';
import { errorCode, gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

const IMPORT = `mutation($input: ImportContactsInput!) { importContacts(input: $input) { totalRows created updated unchanged failed errors { row field code value reason message } } }`;
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

const CSV = [
  '\ufeffنام,نام خانوادگی,موبایل,ایمیل,شهر,برچسب‌ها,تاریخ تولد',
  'زهرا,کریمی,۰۹۱۲۱۱۱۲۲۳۳,zahra@example.com,تهران,مشتری ویژه,۱۳۶۸/۰۵/۱۲',
  'حسین,محمدی,0935 222 3344,,اصفهان,"عمده, همکار",1990-02-03',
  'Bad,Phone,0912-12,,شیراز,,',
  'زهرا,کریمی,+989121112233,,,اینستاگرام,',
  'سعید,,09131234567,not-an-email,,,',
  'رضا,نوری,09141234567,reza@example.com,تبریز,,1402/12/30',
  'Existing,Person,09151234567,,مشهد,,',
].join('\n');

const MAPPING = [
  { column: 'نام', field: 'firstName' }, { column: 'نام خانوادگی', field: 'lastName' }, { column: 'موبایل', field: 'mobile' },
  { column: 'ایمیل', field: 'email' }, { column: 'شهر', field: 'city' }, { column: 'برچسب‌ها', field: 'tags' }, { column: 'تاریخ تولد', field: 'birthDate' },
];

describe('contacts import (CSV/XLSX) and export', () => {
  let app: TestApp;
  let owner: Owner;
  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'Import shop');
    await gql(app, `mutation { createContact(input: { firstName: "Existing", lastName: "Person", phones: [{ number: "09151234567" }] }) { id } }`, {}, owner.token);
  });
  afterAll(() => app.close());

  it('previews the headers of the file', async () => {
    const res = await gql(app, `query($input: ImportContactsInput!) { importPreview(input: $input) }`, { input: { fileName: 'a.csv', format: 'CSV', contentBase64: b64(CSV), mapping: [] } }, owner.token);
    expect(res.data!.importPreview).toEqual(['نام', 'نام خانوادگی', 'موبایل', 'ایمیل', 'شهر', 'برچسب‌ها', 'تاریخ تولد']);
  });

  it('imports good rows, reports bad ones with their reason, folds in-file and existing duplicates; a re-run changes nothing', async () => {
    const input = { fileName: 'customers.csv', format: 'CSV', contentBase64: b64(CSV), mapping: MAPPING };
    const first = await gql(app, IMPORT, { input }, owner.token);
    expect(first.errors).toBeUndefined();
    const r = first.data!.importContacts;
    expect(r).toMatchObject({ totalRows: 7, created: 2, updated: 1, failed: 3 });
    expect(r.unchanged).toBe(1); // row 4 is row 1 again (same mobile)
    expect(r.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(['3:mobile', '5:email', '6:birthDate']);
    expect(r.errors[0]).toMatchObject({ code: 'INVALID_PHONE', value: '0912-12', reason: 'TOO_SHORT' });
    expect(r.errors[0].message).toContain('0912-12');
    expect(r.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_PHONE', 'INVALID_EMAIL', 'INVALID_DATE']);

    const zahra = await gql(app, `{ contactByPhone(phone: "09121112233") { fullName email city tags source birthDate { calendar year month day } stage } }`, {}, owner.token);
    expect(zahra.data!.contactByPhone).toEqual({
      fullName: 'زهرا کریمی', email: 'zahra@example.com', city: 'تهران', tags: ['مشتری ویژه', 'اینستاگرام'], source: 'IMPORT',
      birthDate: { calendar: 'JALALI', year: 1368, month: 5, day: 12 }, stage: 'SUSPECT',
    });
    const hossein = await gql(app, `{ contactByPhone(phone: "09352223344") { tags birthDate { calendar year } timeline { edges { node { kind summary } } } } }`, {}, owner.token);
    expect(hossein.data!.contactByPhone.tags).toEqual(['عمده', 'همکار']);
    expect(hossein.data!.contactByPhone.birthDate).toEqual({ calendar: 'GREGORIAN', year: 1990 });
    expect(hossein.data!.contactByPhone.timeline.edges).toEqual([{ node: { kind: 'CONTACT_CREATED', summary: 'Contact imported' } }]);
    const existing = await gql(app, `{ contactByPhone(phone: "09151234567") { city } contacts { totalCount } }`, {}, owner.token);
    expect(existing.data!.contactByPhone.city).toBe('مشهد');
    expect(existing.data!.contacts.totalCount).toBe(3);

    // The import is audited as one entry per batch naming the new contacts, not one per row.
    const audit = await gql(app, `{ auditLog(entity: "contacts", first: 100) { edges { node { action entityId actorLabel changes } } } }`, {}, owner.token);
    const bulk = audit.data!.auditLog.edges.map((e: { node: any }) => e.node).filter((n: any) => n.action === 'INSERT' && n.entityId === null);
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({ actorLabel: owner.email, changes: { rows: { after: 2 } } });
    expect(bulk[0].changes.ids.after).toHaveLength(2);

    const again = await gql(app, IMPORT, { input }, owner.token);
    expect(again.data!.importContacts).toMatchObject({ totalRows: 7, created: 0, updated: 0, unchanged: 4, failed: 3 });
    expect((await gql(app, `{ contacts { totalCount } }`, {}, owner.token)).data!.contacts.totalCount).toBe(3);
  });

  it('refuses a mapping that names a missing column or an unknown field', async () => {
    const res = await gql(app, IMPORT, { input: { fileName: 'x.csv', format: 'CSV', contentBase64: b64(CSV), mapping: [{ column: 'Name', field: 'firstName' }, { column: 'موبایل', field: 'salary' }] } }, owner.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.mapping.0.column', 'input.mapping.1.field', 'input.mapping']);
  });

  it('exports a filtered list to CSV and XLSX; an XLSX file imports into another workspace', async () => {
    const csv = await gql(app, `{ exportContacts(format: CSV, filter: { tags: ["همکار"] }) { fileName contentType rowCount contentBase64 } }`, {}, owner.token);
    expect(csv.data!.exportContacts).toMatchObject({ rowCount: 1, contentType: 'text/csv; charset=utf-8' });
    const text = Buffer.from(csv.data!.exportContacts.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\ufefffirstName,lastName,mobile')).toBe(true);
    expect(text).toContain('حسین,محمدی,0935 222 3344');

    const xlsx = await gql(app, `{ exportContacts(format: XLSX) { fileName rowCount contentBase64 } }`, {}, owner.token);
    expect(xlsx.data!.exportContacts.rowCount).toBe(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.data!.exportContacts.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(1).getCell(1).text).toBe('firstName');

    const other = await signUpOwner(app, 'Second shop');
    const imported = await gql(app, IMPORT, {
      input: {
        fileName: 'contacts.xlsx', format: 'XLSX', contentBase64: xlsx.data!.exportContacts.contentBase64,
        mapping: [{ column: 'firstName', field: 'firstName' }, { column: 'lastName', field: 'lastName' }, { column: 'phones', field: 'mobile' }, { column: 'email', field: 'email' }, { column: 'tags', field: 'tags' }],
      },
    }, other.token);
    expect(imported.data!.importContacts).toMatchObject({ totalRows: 3, created: 3, failed: 0 });
  });

  it('a search matching more than 5,000 contacts pages through the list and reports 5000 ("or more"); narrow ones are exact', async () => {
    const shop = await signUpOwner(app, 'Big shop');
    const rows = ['name,mobile', ...Array.from({ length: 5100 }, (_, i) => `گلاره ${i === 600 ? 'نادره' : 'عادی'},0912${String(5000000 + i)}`)];
    const res = await gql(app, IMPORT, { input: { fileName: 'big.csv', format: 'CSV', contentBase64: b64(rows.join('\n')), mapping: [{ column: 'name', field: 'fullName' }, { column: 'mobile', field: 'mobile' }] } }, shop.token);
    expect(res.data!.importContacts).toMatchObject({ created: 5100, failed: 0 });
    const common = await gql(app, `{ contacts(first: 5, search: "گلاره") { totalCount pageInfo { hasNextPage } edges { node { fullName } } } }`, {}, shop.token);
    expect(common.data!.contacts.totalCount).toBe(5000);
    expect(common.data!.contacts.edges).toHaveLength(5);
    expect(common.data!.contacts.pageInfo.hasNextPage).toBe(true);
    const rare = await gql(app, `{ contacts(search: "گلاره نادره") { totalCount edges { node { fullName primaryPhone } } } }`, {}, shop.token);
    expect(rare.data!.contacts).toEqual({ totalCount: 1, edges: [{ node: { fullName: 'گلاره نادره', primaryPhone: '+989125000600' } }] });
    const filtered = await gql(app, `{ contacts(first: 3, search: "گلاره", filter: { stages: [SUSPECT] }) { totalCount edges { node { id } } } }`, {}, shop.token);
    expect(filtered.data!.contacts).toMatchObject({ totalCount: 5000 });
    expect(filtered.data!.contacts.edges).toHaveLength(3);
    const none = await gql(app, `{ contacts(search: "گلاره", filter: { stages: [CLIENT] }) { totalCount edges { node { id } } } }`, {}, shop.token);
    expect(none.data!.contacts).toEqual({ totalCount: 0, edges: [] });
  });
});
