import { recordBaseline } from './residue.mjs'

export default recordBaseline
