import { arrayAt, ensureObject, isObject, type JsonObject, objectAt } from '../../core/json'
import { type OperatorClient, refOf } from '../runtime/operator-client'

/**
 * The chaos-runner's writes to ChaosEngine status.experiments[] (chaos-runner
 * pkg/utils/status.go): every experiment starts Waiting for Job Creation / N/A, then each entry
 * is updated in place with a lastUpdateTime.
 */
export class EngineExperiments {
  constructor(
    private readonly client: OperatorClient,
    private readonly now: () => string
  ) {}

  async initialise(engine: JsonObject, names: readonly string[], runner: string): Promise<void> {
    const entries = names.map((name) => ({
      name,
      runner,
      experimentPod: 'Yet to be launched',
      status: 'Waiting for Job Creation',
      verdict: 'N/A',
      lastUpdateTime: this.now()
    }))
    await this.client.mutate(refOf(engine), (e) => {
      ensureObject(e, 'status')['experiments'] = entries
    })
  }

  async set(engine: JsonObject, index: number, fields: JsonObject): Promise<void> {
    await this.client.mutate(refOf(engine), (e) => {
      const list = arrayAt(objectAt(e, 'status'), 'experiments').filter(isObject)
      const entry = list[index]
      if (!entry) return false
      Object.assign(entry, fields, { lastUpdateTime: this.now() })
      ensureObject(e, 'status')['experiments'] = list
      return true
    })
  }
}
