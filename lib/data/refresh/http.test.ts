import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ProbeError, requestJson, type FetchLike } from './http'

const Shape = z.object({ inflation: z.string() })
const answer =
  (body: string, status = 200): FetchLike =>
  async () =>
    new Response(body, { status })

async function reason(fetch: FetchLike, timeoutMs = 1000): Promise<string> {
  try {
    await requestJson('https://lcd.example/cosmos/mint/v1beta1/inflation?x=1', Shape, { timeoutMs, fetch })
  } catch (error) {
    expect(error).toBeInstanceOf(ProbeError)
    return (error as Error).message
  }
  throw new Error('expected a ProbeError')
}

describe('requestJson', () => {
  it('returns the validated body', async () => {
    const data = await requestJson('https://lcd.example/x', Shape, {
      timeoutMs: 1000,
      fetch: answer('{"inflation":"0.1"}'),
    })
    expect(data).toEqual({ inflation: '0.1' })
  })

  it('reports a timeout with the host and path, not the query', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )
    expect(await reason(hang, 20)).toBe('timed out after 0.02 s (lcd.example/cosmos/mint/v1beta1/inflation)')
  })

  it('reports a network error with its cause', async () => {
    const refused: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:3199') })
    }
    expect(await reason(refused)).toBe(
      'network error: connect ECONNREFUSED 127.0.0.1:3199 (lcd.example/cosmos/mint/v1beta1/inflation)',
    )
  })

  it.each([
    [
      'an HTTP error',
      answer('{"code":5,"message":"not found"}', 503),
      'HTTP 503 from lcd.example/cosmos/mint/v1beta1/inflation',
    ],
    [
      'malformed JSON',
      answer('{"inflation": 0.1'),
      'malformed JSON from lcd.example/cosmos/mint/v1beta1/inflation',
    ],
    [
      'an unexpected shape',
      answer('{"inflation": 0.1}'),
      'unexpected response from lcd.example/cosmos/mint/v1beta1/inflation: inflation: Invalid input: expected string, received number',
    ],
  ])('reports %s', async (_what, fetch, message) => {
    expect(await reason(fetch)).toBe(message)
  })
})
