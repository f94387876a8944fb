import { secretForms, SecretMask, urlTextSecrets } from '../../src/util/secret-mask'

describe('secret forms', () => {
  it('masks a bearer token on its own, and Basic credentials before and after base64', () => {
    const basic = Buffer.from('ops:hunter22').toString('base64')
    const mask = new SecretMask([
      ...secretForms('Bearer tok-123456'),
      ...secretForms(`Basic ${basic}`)
    ])
    expect(mask.mask(`got tok-123456, ${basic}, ops:hunter22 and hunter22`)).toBe(
      'got ***, ***, *** and ***'
    )
  })

  it("masks a URL's password and the Basic header built from it", () => {
    const basic = Buffer.from('ops:p@ss-word').toString('base64')
    const mask = new SecretMask(urlTextSecrets('https://ops:p%40ss-word@prom.example/'))
    expect(mask.mask(`p%40ss-word p@ss-word Basic ${basic}`)).toBe('*** *** Basic ***')
  })

  it('masks a webhook URL whole and its path alone', () => {
    const mask = new SecretMask(secretForms('https://hooks.example/services/T0/B0/xyz987'))
    expect(mask.mask('POST https://hooks.example/services/T0/B0/xyz987')).toBe('POST ***')
    expect(mask.mask('404 for /services/T0/B0/xyz987')).toBe('404 for ***')
  })

  it('learns secrets after it is made, and leaves short values alone', () => {
    const mask = new SecretMask()
    mask.add('abc', 'later-secret')
    expect(mask.mask('abc later-secret')).toBe('abc ***')
  })
})
