import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FibromyalgiaCriteria } from '@/mdx/fibromyalgia/FibromyalgiaCriteria'

describe('<FibromyalgiaCriteria />', () => {
  it('scores as the fellow ticks and says which criterion is missing', async () => {
    const user = userEvent.setup()
    render(<FibromyalgiaCriteria />)
    const calc = screen.getByRole('region', { name: 'Fibromyalgia criteria (2016) calculator' })
    const status = within(calc).getByRole('status')
    expect(status).toHaveTextContent('WPI 0 of 19 · SSS 0 of 12 · regions 0 of 5')
    expect(status).toHaveTextContent('Criteria not met')

    for (const name of ['Shoulder girdle, left', 'Upper arm, left', 'Shoulder girdle, right', 'Hip (buttock, trochanter), left', 'Hip (buttock, trochanter), right', 'Neck', 'Lower back'])
      await user.click(within(calc).getByRole('checkbox', { name }))
    await user.selectOptions(within(calc).getByLabelText('Fatigue'), '2')
    await user.selectOptions(within(calc).getByLabelText('Cognitive symptoms'), '2')
    await user.click(within(calc).getByRole('checkbox', { name: 'Headaches' }))
    expect(status).toHaveTextContent('WPI 7 of 19 · SSS 5 of 12 · regions 5 of 5')
    expect(status).toHaveTextContent('Criteria not met')
    expect(status).toHaveTextContent('Symptoms have not yet been present for 3 months.')

    await user.click(within(calc).getByRole('checkbox', { name: 'Symptoms generally present for at least 3 months' }))
    expect(status).toHaveTextContent('Criteria met')
    expect(calc).toHaveTextContent('Semin Arthritis Rheum. 2016;46(3):319-329')
  })
})
