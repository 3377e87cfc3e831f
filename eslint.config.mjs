import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['coverage', 'dist', 'lib', 'node_modules', 'demo-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      ecmaVersion: 2023,
      sourceType: 'module'
    },
    rules: {
      // Validation and escaping code matches control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // A function fits on a screen; the rule counts nested functions inside their parent.
    files: ['src/**/*.ts', 'sandbox/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] }
  },
  {
    // Every line the action prints passes the one gate that keeps foreign text from running as a command.
    files: ['src/**/*.ts'],
    ignores: ['src/lib/log.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='core'][property.name=/^(info|debug|notice|warning|error|startGroup|endGroup|group|setSecret|setFailed)$/]",
          message: 'Print through src/lib/log.ts, the gate that keeps foreign text from running as a workflow command.'
        }
      ]
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended']
  },
  prettier
)
