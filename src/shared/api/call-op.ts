import type { Api, OpInput, OpName, OpOutput } from './contract'

/** Calls one operation of `api` by name, keeping the input and output types tied to the name. */
export function callOp<K extends OpName>(api: Api, op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  return (api[op] as (input: OpInput<K>) => Promise<OpOutput<K>>)(input)
}
